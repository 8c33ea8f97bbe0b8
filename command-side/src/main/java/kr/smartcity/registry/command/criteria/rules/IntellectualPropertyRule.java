package kr.smartcity.registry.command.criteria.rules;

import java.util.Comparator;
import java.util.List;

/**
 * 1.2.2.1 (S-122 1) 기술의 창조성: the single highest IP right, domestic or foreign: registration of a patent or
 * utility model, or new-technology certification → 2; patent application or S/W registration → 1. Without IP, an
 * explanation of the service's differentiation may earn up to 2 with a committee majority (과반) → withheld.
 */
public final class IntellectualPropertyRule implements IndicatorRule<IntellectualPropertyRule.Facts> {

    public enum IpRight {
        PATENT_REGISTRATION(2),
        UTILITY_MODEL_REGISTRATION(2),
        NEW_TECHNOLOGY_CERTIFICATION(2),
        PATENT_APPLICATION(1),
        SOFTWARE_REGISTRATION(1);

        private final int points;

        IpRight(int points) {
            this.points = points;
        }
    }

    public record Facts(List<IpRight> rights, boolean differentiationExplained) implements Evidence {
        public Facts {
            rights = List.copyOf(rights);
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        return facts.rights().stream().max(Comparator.comparingInt(r -> r.points))
                .map(best -> Suggestion.of(best.points, best.name()))
                .orElseGet(() -> facts.differentiationExplained()
                        ? Suggestion.withheld("지재권 없음: 차별성에 대해 평가위원회 과반 동의 / committee majority")
                        : Suggestion.none("지재권 증빙 없음 / no IP evidence"));
    }
}
