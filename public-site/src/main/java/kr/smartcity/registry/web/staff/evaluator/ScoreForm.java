package kr.smartcity.registry.web.staff.evaluator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One indicator's entry on the score sheet as typed: points, basis (근거) and rationale (사유). {@link #errors} checks
 * what the page can check before the command does (the command checks the same range again).
 * Public because the page shows it back.
 */
public record ScoreForm(String points, String basis, String rationale) {

    static final int MAX_TEXT = 2000;

    /** Message keys of the evaluator bundle by field name; empty when the entry may be sent. */
    Map<String, String> errors(BigDecimal maxPoints) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal value = parsedPoints();
        if (points == null || points.isBlank()) {
            errors.put("points", "evaluator.error.points.required");
        } else if (value == null) {
            errors.put("points", "evaluator.error.points.number");
        } else if (value.signum() < 0 || value.compareTo(maxPoints) > 0) {
            errors.put("points", "evaluator.error.points.range");
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.put("points", "evaluator.error.points.decimals");
        }
        text("basis", basis, errors);
        text("rationale", rationale, errors);
        return errors;
    }

    /** The points as a number, or null when they are not one. */
    BigDecimal parsedPoints() {
        try {
            return points == null ? null : new BigDecimal(points.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void text(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "evaluator.error." + field + ".required");
        } else if (value.length() > MAX_TEXT) {
            errors.put(field, "evaluator.error.text.long");
        }
    }
}
