package kr.smartcity.registry.command.criteria.rules;

/**
 * 1.3.1.1 (S-131) 주민참여: 1 point for each of opinion gathering before introduction, opinions actually reflected,
 * and opinion gathering continued after introduction (1 + 1 + 1 = 3).
 */
public final class ResidentParticipationRule implements IndicatorRule<ResidentParticipationRule.Facts> {

    public record Facts(boolean gatheredDuringDevelopment, boolean opinionsReflected, boolean gatheredAfterIntroduction)
            implements Evidence {
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        int points = (facts.gatheredDuringDevelopment() ? 1 : 0) + (facts.opinionsReflected() ? 1 : 0)
                + (facts.gatheredAfterIntroduction() ? 1 : 0);
        return Suggestion.of(points, "의견수렴 " + facts.gatheredDuringDevelopment() + " + 반영 "
                + facts.opinionsReflected() + " + 도입 후 수렴 " + facts.gatheredAfterIntroduction());
    }
}
