package kr.smartcity.registry.command.criteria.scorecard;

import kr.smartcity.registry.command.criteria.Indicator;
import kr.smartcity.registry.command.criteria.Points;

/**
 * One line of a scorecard. {@code entered} is what was resolved; {@code points} is what counts, bounded by the
 * indicator's max so that an over-allotment (e.g. the S-123 "배점 외" bonus) stays visible but never inflates a total.
 */
public record IndicatorScore(Indicator indicator, Points entered, Points points) {

    public boolean capped() {
        return !entered.equals(points);
    }
}
