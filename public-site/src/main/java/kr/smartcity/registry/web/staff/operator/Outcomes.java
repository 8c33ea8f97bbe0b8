package kr.smartcity.registry.web.staff.operator;

import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.web.staff.StaffCommands;
import kr.smartcity.registry.web.staff.StaffCommands.Sent;

/**
 * How an operator's form ends: a saved change is announced on the page the browser is sent to ({@code done}, in
 * the page's language); bad input or a refusal of the rules answers 400 with the form shown again.
 */
@Component
class Outcomes {

    private final StaffCommands commands;
    private final MessageSource messages;

    Outcomes(StaffCommands commands, MessageSource messages) {
        this.commands = commands;
        this.messages = messages;
    }

    /**
     * Sends the command the form gave and answers whether the rules took it. When the form gave none (its
     * {@code errors} say why) or the rules refused it, nothing was changed: the answer is marked 400, with the
     * refusal for the page, and the caller shows the form again.
     */
    boolean taken(Optional<?> command, FormErrors errors, Model model, HttpServletResponse response) {
        if (command.isEmpty()) {
            rejected(response, model, errors, null);
            return false;
        }
        Sent<Object> sent = commands.send(command.get());
        if (sent.refused()) {
            rejected(response, model, errors, sent.refusal());
            return false;
        }
        return true;
    }

    String saved(RedirectAttributes next, String redirectPath, String messageKey, Object... args) {
        next.addFlashAttribute("done", messages.getMessage(messageKey, args, LocaleContextHolder.getLocale()));
        return "redirect:" + redirectPath;
    }

    private void rejected(HttpServletResponse response, Model model, FormErrors errors, String refusal) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        if (refusal != null) {
            model.addAttribute("refusal", refusal);
        }
    }
}
