package kr.smartcity.registry.web.staff.operator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How an operator's form ends: a saved change is announced on the page the browser is sent to ({@code done}, in
 * the page's language); bad input or a refusal of the rules answers 400 with the form shown again.
 */
@Component
class Outcomes {

    private final MessageSource messages;

    Outcomes(MessageSource messages) {
        this.messages = messages;
    }

    String saved(RedirectAttributes next, String redirectPath, String messageKey, Object... args) {
        next.addFlashAttribute("done", messages.getMessage(messageKey, args, LocaleContextHolder.getLocale()));
        return "redirect:" + redirectPath;
    }

    /** Marks the response 400; {@code refusal} (the rules' sentence) may be null when only fields were wrong. */
    void rejected(HttpServletResponse response, Model model, FormErrors errors, String refusal) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        if (refusal != null) {
            model.addAttribute("refusal", refusal);
        }
    }
}
