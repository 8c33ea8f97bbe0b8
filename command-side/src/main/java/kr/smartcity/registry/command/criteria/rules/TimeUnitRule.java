package kr.smartcity.registry.command.criteria.rules;

import java.util.List;

/**
 * 2.3.5.2 (S-235 2) 시간대별 활용률 통계 단위 일치: the time unit must be the same for every connected network
 * service; real time → 2, minutes → 1, anything coarser (no points in the seed) or differing units → 0.
 */
public final class TimeUnitRule implements IndicatorRule<TimeUnitRule.Facts> {

    public enum StatisticsTimeUnit {
        REAL_TIME,
        MINUTE,
        COARSER
    }

    public record Facts(List<StatisticsTimeUnit> unitPerNetworkService) implements Evidence {
        public Facts {
            unitPerNetworkService = List.copyOf(unitPerNetworkService);
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        List<StatisticsTimeUnit> units = facts.unitPerNetworkService();
        if (units.isEmpty() || units.stream().distinct().count() > 1) {
            return Suggestion.none("시간 단위 불일치 / units differ: " + units);
        }
        return switch (units.get(0)) {
            case REAL_TIME -> Suggestion.of(2, "실시간");
            case MINUTE -> Suggestion.of(1, "분 단위");
            case COARSER -> Suggestion.none("분보다 큰 단위 / coarser than minutes");
        };
    }
}
