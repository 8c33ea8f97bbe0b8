package kr.smartcity.registry.web.staff.operator;

import java.math.BigDecimal;
import java.util.List;

import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.query.api.ScorecardQueries.EvaluatorScore;
import kr.smartcity.registry.query.api.ScorecardQueries.IndicatorLine;
import kr.smartcity.registry.query.api.ScorecardQueries.PreEvaluation;
import kr.smartcity.registry.query.api.ScorecardQueries.Resolution;

/**
 * One indicator of a case as the operator works on it: the criteria's text and maximum beside the scorecard's
 * line (null until anything was entered for it). Public because the template reads it.
 */
public record IndicatorRow(IndicatorView indicator, IndicatorLine line) {

    public String code() {
        return indicator.code();
    }

    public BigDecimal maxPoints() {
        return indicator.maxPoints();
    }

    public BigDecimal selfEvaluation() {
        return line == null ? null : line.selfEvaluation();
    }

    public PreEvaluation preEvaluation() {
        return line == null ? null : line.preEvaluation();
    }

    public List<EvaluatorScore> scores() {
        return line == null ? List.of() : line.scores();
    }

    public Resolution resolution() {
        return line == null ? null : line.resolution();
    }
}
