package kr.smartcity.registry.command.criteria.scorecard;

import java.util.LinkedHashMap;
import java.util.Map;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.criteria.Points;

/** Test data: starts from full marks on every enterable indicator, then takes points away by code. */
final class ScoresBuilder {

    private final Map<String, Points> points = new LinkedHashMap<>();

    private ScoresBuilder(CriteriaVersion criteria, ServiceLevel level, ServiceField field) {
        criteria.indicatorsFor(level, field).stream().filter(i -> !i.isDerived())
                .forEach(i -> points.put(i.code(), i.maxPoints()));
    }

    static ScoresBuilder fullMarks(CriteriaVersion criteria, ServiceLevel level, ServiceField field) {
        return new ScoresBuilder(criteria, level, field);
    }

    ScoresBuilder zero(String... codes) {
        for (String code : codes) {
            set(code, "0");
        }
        return this;
    }

    ScoresBuilder set(String code, String value) {
        if (!points.containsKey(code)) {
            throw new IllegalArgumentException("not on this scorecard: " + code);
        }
        points.put(code, Points.parse(value));
        return this;
    }

    Map<String, Points> build() {
        return Map.copyOf(points);
    }
}
