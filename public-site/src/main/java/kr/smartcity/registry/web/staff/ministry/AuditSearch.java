package kr.smartcity.registry.web.staff.ministry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.AuditQueries.AuditFilter;

/**
 * The audit views' filters (감사 조회 조건), from the query string: one application, one evaluator account, one
 * indicator, and a range of Korean dates, {@code to} taking in its whole day. Blank means any.
 */
public class AuditSearch {

    @Size(max = 64, message = "{ministry.audit.applicationId.size}")
    private String applicationId;
    @Size(max = 64, message = "{ministry.audit.evaluator.size}")
    private String evaluator;
    @Pattern(regexp = "(\\d{1,2}(\\.\\d{1,2}){0,3})?", message = "{ministry.audit.indicator.format}")
    private String indicator;
    private String from;
    private String to;

    /** Dates that are no dates, or a range that ends before it starts, are errors beside their fields. */
    void checkDates(Errors errors) {
        LocalDate start = day(from, "from", errors);
        LocalDate end = day(to, "to", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.rejectValue("to", "ministry.audit.to.beforeFrom");
        }
    }

    private static LocalDate day(String text, String field, Errors errors) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "ministry.audit.date.format");
            return null;
        }
    }

    boolean isEmpty() {
        return blank(applicationId) && blank(evaluator) && blank(indicator) && blank(from) && blank(to);
    }

    boolean forApplication() {
        return !blank(applicationId);
    }

    AuditFilter filter() {
        return new AuditFilter(orNull(applicationId), null, orNull(evaluator), null, orNull(indicator), start(), end());
    }

    boolean matchesIndicator(String code) {
        return blank(indicator) || indicator.strip().equals(code);
    }

    boolean matchesEvaluator(String account) {
        return blank(evaluator) || evaluator.strip().equals(account);
    }

    /** Within the range: from the start of {@code from} to the end of {@code to}, Seoul time. */
    boolean includes(Instant at) {
        Instant start = start();
        Instant end = end();
        return at != null && (start == null || !at.isBefore(start)) && (end == null || at.isBefore(end));
    }

    private Instant start() {
        return blank(from) ? null : LocalDate.parse(from.strip()).atStartOfDay(Seoul.ZONE).toInstant();
    }

    private Instant end() {
        return blank(to) ? null : LocalDate.parse(to.strip()).plusDays(1).atStartOfDay(Seoul.ZONE).toInstant();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text.strip();
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public String getEvaluator() {
        return evaluator;
    }

    public void setEvaluator(String evaluator) {
        this.evaluator = evaluator;
    }

    /** The evaluator filter, or null for every evaluator. */
    String evaluator() {
        return orNull(evaluator);
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
