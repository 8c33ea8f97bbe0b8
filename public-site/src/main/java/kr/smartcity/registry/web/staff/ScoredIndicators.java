package kr.smartcity.registry.web.staff;

import java.util.List;

import kr.smartcity.registry.command.api.CriteriaQueries.AreaView;
import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * The indicators a service of one level and field is scored on (자체평가표, 채점표), by area: those of its level, the
 * variant of its field where an indicator is specialised (특화지표), and none derived from constituent services
 * (those are computed, never entered).
 */
public record ScoredIndicators(AreaView area, List<IndicatorView> indicators) {

    public static List<ScoredIndicators> of(CriteriaView criteria, ServiceLevel level, ServiceField field) {
        return criteria.areas().stream()
                .map(area -> new ScoredIndicators(area, area.items().stream()
                        .flatMap(item -> item.indicators().stream())
                        .filter(indicator -> indicator.levels().contains(level))
                        .filter(indicator -> indicator.specialization() == null || indicator.specialization() == field)
                        .filter(indicator -> !"derived".equals(indicator.assessment()))
                        .toList()))
                .filter(scored -> !scored.indicators().isEmpty())
                .toList();
    }
}
