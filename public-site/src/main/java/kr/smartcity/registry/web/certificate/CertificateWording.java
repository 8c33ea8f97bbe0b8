package kr.smartcity.registry.web.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationDetail;

/**
 * Words a certification as its certificate, in Korean or (on request) English, from the
 * {@code certificate.*} messages. Korean names of levels, fields and statuses come from the enums
 * themselves; the English messages name them for English readers. The status is stated as of
 * today in Seoul, because a certificate printed today may be suspended or revoked tomorrow.
 */
@Component
public class CertificateWording {

    private final MessageSource messages;
    private final VerificationUrls verificationUrls;
    private final Clock clock;

    public CertificateWording(MessageSource messages, VerificationUrls verificationUrls, Clock clock) {
        this.messages = messages;
        this.verificationUrls = verificationUrls;
        this.clock = clock;
    }

    public Certificate of(CertificationDetail certification, Locale locale) {
        Words words = new Words(locale);
        String language = words.text("certificate.language");
        boolean english = "en".equals(language);
        String url = verificationUrls.of(certification.certificateNumber());
        List<Certificate.Entry> entries = new ArrayList<>();
        entries.add(words.entry("certificate.number", certification.certificateNumber()));
        entries.add(words.entry("certificate.service",
                english ? certification.serviceNameEn() : certification.serviceNameKo()));
        entries.add(words.entry("certificate.service.other",
                english ? certification.serviceNameKo() : certification.serviceNameEn()));
        entries.add(words.entry("certificate.holders", certification.holderName()));
        entries.add(words.entry("certificate.level", words.text("certificate.level.value",
                certification.level().name(),
                words.named("certificate.level." + certification.level(), certification.level().nameKo()))));
        entries.add(words.entry("certificate.field",
                words.named("certificate.field." + certification.field(), certification.field().nameKo())));
        entries.add(words.entry("certificate.validity", words.text("certificate.validity.value",
                words.date(certification.validFrom()), words.date(certification.validUntil()))));
        entries.add(words.entry("certificate.status", words.text("certificate.status.value",
                words.status(certification.status()), words.date(LocalDate.now(clock.withZone(Seoul.ZONE))))));
        entries.removeIf(entry -> entry.value() == null || entry.value().isBlank());
        return new Certificate(language, certification.certificateNumber(), words.text("certificate.heading"),
                List.copyOf(entries), notice(certification.status(), words), words.text("certificate.statement"),
                words.date(certification.validFrom()), words.text("certificate.issuer"),
                words.text("certificate.verification"), url, words.text("certificate.qr", url));
    }

    /** 효력정지·재심사·취소·만료: said in so many words, never by colour alone. */
    private static String notice(CertificationStatus status, Words words) {
        return status == CertificationStatus.ACTIVE ? null : words.text("certificate.notice." + status);
    }

    /** The messages of one locale. */
    private final class Words {

        private final Locale locale;
        private final DateTimeFormatter dates;

        Words(Locale locale) {
            this.locale = locale;
            this.dates = DateTimeFormatter.ofPattern(text("certificate.date.pattern"), locale);
        }

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        /** A level's, field's or status's name in this language; its Korean name where no message renames it. */
        String named(String key, String nameKo) {
            return messages.getMessage(key, null, nameKo, locale);
        }

        String status(CertificationStatus status) {
            return named("certificate.status." + status, status.nameKo());
        }

        String date(LocalDate date) {
            return dates.format(date);
        }

        Certificate.Entry entry(String key, String value) {
            return new Certificate.Entry(text(key), value);
        }
    }
}
