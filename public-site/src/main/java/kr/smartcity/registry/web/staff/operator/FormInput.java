package kr.smartcity.registry.web.staff.operator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text of a form field into what a command takes, recording in {@link FormErrors} why it cannot: a
 * field's value is either read or rejected, never half-read.
 */
final class FormInput {

    private FormInput() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Required text of at most {@code maxLength} characters, trimmed. */
    static String text(String field, String value, int maxLength, FormErrors errors) {
        if (blank(value)) {
            errors.reject(field, "operator.error.required");
            return null;
        }
        return optionalText(field, value, maxLength, errors);
    }

    /** Optional text of at most {@code maxLength} characters, trimmed; null when left empty. */
    static String optionalText(String field, String value, int maxLength, FormErrors errors) {
        if (blank(value)) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            errors.reject(field, "operator.error.tooLong");
            return null;
        }
        return value.strip();
    }

    /** The non-empty lines (or comma-separated parts when {@code commas}) of a text area, trimmed. */
    static List<String> lines(String value, boolean commas) {
        if (blank(value)) {
            return List.of();
        }
        return Arrays.stream(value.split(commas ? "[,\\r\\n]+" : "\\r?\\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** A Korean local date-time from {@code <input type=datetime-local>} ({@code 2023-10-26T18:00}). */
    static Optional<LocalDateTime> dateTime(String field, String value, boolean required, FormErrors errors) {
        if (blank(value)) {
            if (required) {
                errors.reject(field, "operator.error.required");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.strip()));
        } catch (DateTimeParseException e) {
            errors.reject(field, "operator.error.dateTime");
            return Optional.empty();
        }
    }

    /** A date from {@code <input type=date>} ({@code 2023-11-20}). */
    static Optional<LocalDate> date(String field, String value, boolean required, FormErrors errors) {
        if (blank(value)) {
            if (required) {
                errors.reject(field, "operator.error.required");
            }
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            errors.reject(field, "operator.error.date");
            return Optional.empty();
        }
    }

    /** Points: a number from 0 to {@code max} with at most two decimals. */
    static Optional<BigDecimal> points(String field, String value, BigDecimal max, FormErrors errors) {
        if (blank(value)) {
            errors.reject(field, "operator.error.required");
            return Optional.empty();
        }
        BigDecimal points;
        try {
            points = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            errors.reject(field, "operator.error.number");
            return Optional.empty();
        }
        if (points.signum() < 0 || (max != null && points.compareTo(max) > 0)) {
            errors.reject(field, "operator.error.pointsRange");
            return Optional.empty();
        }
        if (points.stripTrailingZeros().scale() > 2) {
            errors.reject(field, "operator.error.twoDecimals");
            return Optional.empty();
        }
        return Optional.of(points);
    }

    /** A whole number from 0 to {@code max}, or empty when left out. */
    static Optional<Integer> count(String field, String value, int max, FormErrors errors) {
        if (blank(value)) {
            return Optional.empty();
        }
        try {
            int count = Integer.parseInt(value.strip());
            if (count >= 0 && count <= max) {
                return Optional.of(count);
            }
        } catch (NumberFormatException e) {
            // reported below, as any count out of range
        }
        errors.reject(field, "operator.error.countRange");
        return Optional.empty();
    }
}
