package kr.smartcity.registry.command.criteria.rules;

import java.util.OptionalInt;

/**
 * Indicators scored by the highest level the evidence reaches, each level worth fixed points (or left to the
 * committee's 재량 / 의결). The levels of each indicator are an enum in {@link Tiers}; the evaluator picks the highest
 * level shown.
 */
public final class TierRule<T extends Enum<T> & TierRule.Tier> implements IndicatorRule<T> {

    /** One level of a tiered indicator, worth {@link #seedPoints()} or, if {@link Tiers#COMMITTEE}, withheld. */
    public interface Tier extends Evidence {
        int seedPoints();

        default OptionalInt points() {
            return seedPoints() == Tiers.COMMITTEE ? OptionalInt.empty() : OptionalInt.of(seedPoints());
        }
    }

    private final Class<T> tiers;

    public TierRule(Class<T> tiers) {
        this.tiers = tiers;
    }

    @Override
    public Class<T> factsType() {
        return tiers;
    }

    @Override
    public Suggestion suggest(T level, ScoringContext context) {
        String basis = tiers.getSimpleName() + "." + level.name();
        return level.points().isPresent() ? Suggestion.of(level.points().getAsInt(), basis)
                : Suggestion.withheld(basis + ": 평가위원회 결정 / committee decides");
    }
}
