package kr.smartcity.registry.command.criteria.scorecard;

import java.util.List;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.Points;

/**
 * 평가 결과: indicator lines, area subtotals, total and the decision. Certified only if the total reaches the pass
 * mark AND every area reaches its minimum; {@code reasons} says in Korean and English why not.
 */
public record Scorecard(
        String criteriaVersion,
        ServiceLevel level,
        ServiceField field,
        List<IndicatorScore> indicators,
        List<AreaScore> areas,
        Points total,
        Points passMark,
        Decision decision,
        List<String> reasons) {

    public Scorecard {
        indicators = List.copyOf(indicators);
        areas = List.copyOf(areas);
        reasons = List.copyOf(reasons);
    }

    public AreaScore area(String code) {
        return areas.stream().filter(a -> a.area().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no area " + code));
    }

    public IndicatorScore indicator(String code) {
        return indicators.stream().filter(i -> i.indicator().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + code + " on this scorecard"));
    }

    public boolean certified() {
        return decision == Decision.CERTIFIED;
    }
}
