package kr.smartcity.registry.command.criteria.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * 2.3.5.1 (S-235 1) 지역별 활용통계 공간적 단위 일치: the spatial unit of every connected network service's regional
 * statistics must be the same; a unit of at most 10 m (10m 이내, 10 m included) → 2, coarser → 1, units differing → 0.
 */
public final class SpatialUnitRule implements IndicatorRule<SpatialUnitRule.Facts> {

    /** The spatial unit, in metres, of each network service's regional statistics. */
    public record Facts(List<BigDecimal> unitMetresPerNetworkService) implements Evidence {
        public Facts {
            unitMetresPerNetworkService = List.copyOf(unitMetresPerNetworkService);
        }
    }

    private static final BigDecimal TEN_METRES = BigDecimal.TEN;

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        List<BigDecimal> units = facts.unitMetresPerNetworkService();
        if (units.isEmpty() || units.stream().anyMatch(u -> u.compareTo(units.get(0)) != 0)) {
            return Suggestion.none("공간 단위 불일치 / units differ: " + units);
        }
        BigDecimal unit = units.get(0);
        return unit.compareTo(TEN_METRES) <= 0 ? Suggestion.of(2, unit + " m ≤ 10 m")
                : Suggestion.of(1, unit + " m > 10 m");
    }
}
