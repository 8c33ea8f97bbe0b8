package kr.smartcity.registry.command.criteria.rules;

/**
 * "N개 이상 N점 … 1개 1점": one point per counted type, up to a cap. Used for 2.1.1.2 (user detail types, ≥ 3 → 3),
 * 2.1.2.1 and 2.1.2.2 (infrastructure information types; the seed's "4개 이상 4점" is capped at the 3-point
 * allotment), 2.1.3.2 (time units, 4 → 4), 2.1.3.3 (segments, 4 → 4) and 3.1.1.2 (external datasets, ≥ 3 → 3).
 */
public final class CountRule implements IndicatorRule<CountRule.Count> {

    /** How many distinct types the evidence shows. */
    public record Count(int types) implements Evidence {
        public Count {
            if (types < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + types);
            }
        }
    }

    private final int cap;

    public CountRule(int cap) {
        this.cap = cap;
    }

    @Override
    public Class<Count> factsType() {
        return Count.class;
    }

    @Override
    public Suggestion suggest(Count facts, ScoringContext context) {
        return Suggestion.of(Math.min(facts.types(), cap), facts.types() + "개 유형 / types shown");
    }
}
