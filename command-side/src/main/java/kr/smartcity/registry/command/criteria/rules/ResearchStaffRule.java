package kr.smartcity.registry.command.criteria.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 1.2.2.2 (S-122 2) 연구개발 수행: full-time (상시) R&D staff dedicated to this service, employed on the application
 * date, executives (임원) excluded: ≥ 3 → 2, ≥ 1 → 1.
 */
public final class ResearchStaffRule implements IndicatorRule<ResearchStaffRule.Facts> {

    public record Researcher(boolean executive, boolean fullTime, boolean dedicatedToService, LocalDate employedFrom,
            Optional<LocalDate> employedUntil) {

        boolean countsOn(LocalDate day) {
            return !executive && fullTime && dedicatedToService && !employedFrom.isAfter(day)
                    && employedUntil.map(until -> !until.isBefore(day)).orElse(true);
        }
    }

    public record Facts(List<Researcher> researchers) implements Evidence {
        public Facts {
            researchers = List.copyOf(researchers);
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        long staff = facts.researchers().stream().filter(r -> r.countsOn(context.applicationDate())).count();
        String basis = "상시 연구인력 " + staff + "명 (임원 제외)";
        if (staff >= 3) {
            return Suggestion.of(2, basis);
        }
        return staff >= 1 ? Suggestion.of(1, basis) : Suggestion.none(basis);
    }
}
