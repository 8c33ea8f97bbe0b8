package kr.smartcity.registry.web.pages;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * The reader's names for the domain's codes, in templates {@code ${@names.field(...)}}: Korean from the domain's
 * own {@code nameKo()}, English from {@code messages_en} ({@code field.*}, {@code level.*}, {@code status.*}).
 * Public because the templates call it.
 */
@Component("names")
public class DomainNames {

    private final MessageSource messages;

    DomainNames(MessageSource messages) {
        this.messages = messages;
    }

    public String field(ServiceField field) {
        return name("field." + field.name(), field.nameKo());
    }

    public String level(ServiceLevel level) {
        return name("level." + level.name(), level.nameKo());
    }

    public String status(CertificationStatus status) {
        return name("status." + status.name(), status.nameKo());
    }

    private String name(String code, String korean) {
        Locale locale = LocaleContextHolder.getLocale();
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage())
                ? korean : messages.getMessage(code, null, korean, locale);
    }
}
