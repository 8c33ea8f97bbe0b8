package kr.smartcity.registry.web.staff.operator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import kr.smartcity.registry.command.api.EvaluationMessages.ConcludeEvaluationCommand;

/**
 * 평가 종료 as typed. For L2 / L3 only: composition scores (구성 및 기능 평가점수, 0–50) of constituents not certified
 * earlier, one {@code name = score} a line, and whether the constituents meet common criteria. Public because the
 * template reads it.
 */
public record ConclusionForm(String constituentScores, Boolean constituentsMeetCommonCriteria) {

    static final String FIELD = "constituentScores";
    private static final BigDecimal COMPOSITION_MAX = BigDecimal.valueOf(50);

    static ConclusionForm empty() {
        return new ConclusionForm("", false);
    }

    Optional<ConcludeEvaluationCommand> command(String applicationId, FormErrors errors) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String line : FormInput.lines(constituentScores, false)) {
            int equals = line.lastIndexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (name.isEmpty() || name.length() > 200 || scores.containsKey(name)) {
                errors.reject(FIELD, "operator.error.constituentLine");
                break;
            }
            FormErrors score = new FormErrors();
            Optional<BigDecimal> points = FormInput.points(FIELD, line.substring(equals + 1), COMPOSITION_MAX, score);
            if (points.isEmpty()) {
                errors.reject(FIELD, "operator.error.constituentLine");
                break;
            }
            scores.put(name, points.get());
        }
        return errors.any() ? Optional.empty()
                : Optional.of(new ConcludeEvaluationCommand(applicationId, scores,
                        Boolean.TRUE.equals(constituentsMeetCommonCriteria)));
    }
}
