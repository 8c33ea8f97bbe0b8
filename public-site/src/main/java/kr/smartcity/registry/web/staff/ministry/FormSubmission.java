package kr.smartcity.registry.web.staff.ministry;

import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.web.staff.StaffCommands;
import kr.smartcity.registry.web.staff.StaffCommands.Sent;

/**
 * How a ministry or monitor form's POST ends: with bad input, the page again with each error beside its field (400);
 * refused by the rules, the page again with the refusal (409); else a redirect to {@code next} that shows what was
 * done (post/redirect/get, so a reload sends nothing twice). Public for the monitor's pages.
 */
@Component
public class FormSubmission {

    private final StaffCommands commands;
    private final MessageSource messages;

    FormSubmission(StaffCommands commands, MessageSource messages) {
        this.commands = commands;
        this.messages = messages;
    }

    /** A message of the ministry or monitor bundle in the page's language. */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * @param page prepares the page's model again and names its view
     * @param done the sentence for what was done, from the command's result
     */
    public <R> String submit(Object command, BindingResult errors, Model model, HttpServletResponse response,
                             RedirectAttributes redirect, Supplier<String> page, Function<R, String> done,
                             String next) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.get();
        }
        Sent<R> sent = commands.send(command);
        if (sent.refused()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", sent.refusal());
            return page.get();
        }
        redirect.addFlashAttribute("done", done.apply(sent.result()));
        return "redirect:" + next;
    }
}
