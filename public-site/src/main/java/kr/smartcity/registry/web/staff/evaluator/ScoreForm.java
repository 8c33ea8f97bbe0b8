package kr.smartcity.registry.web.staff.evaluator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.smartcity.registry.web.staff.PointsInput;

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
        PointsInput.check(points, maxPoints).ifPresent(problem ->
                errors.put("points", "evaluator.error.points." + problem.name().toLowerCase(Locale.ROOT)));
        text("basis", basis, errors);
        text("rationale", rationale, errors);
        return errors;
    }

    BigDecimal parsedPoints() {
        return PointsInput.parse(points);
    }

    private static void text(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "evaluator.error." + field + ".required");
        } else if (value.length() > MAX_TEXT) {
            errors.put(field, "evaluator.error.text.long");
        }
    }
}
