package kr.smartcity.registry.command.criteria.rules;

/**
 * 2.3.2.1 (S-232 1) 동일 프레임워크: share of the hub's network services on the same framework: 100 % → 3,
 * ≥ 75 % → 2, ≥ 50 % → 1.
 */
public final class SameFrameworkRule implements IndicatorRule<SameFrameworkRule.Facts> {

    public record Facts(int networkServices, int onSameFramework) implements Evidence {
        public Facts {
            if (networkServices <= 0 || onSameFramework < 0 || onSameFramework > networkServices) {
                throw new IllegalArgumentException("onSameFramework must be between 0 and networkServices > 0");
            }
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        long same = facts.onSameFramework();
        long all = facts.networkServices();
        String basis = "동일 프레임워크 " + same + "/" + all;
        if (same == all) {
            return Suggestion.of(3, basis + " = 100 %");
        }
        if (4 * same >= 3 * all) {
            return Suggestion.of(2, basis + " ≥ 75 %");
        }
        return 2 * same >= all ? Suggestion.of(1, basis + " ≥ 50 %") : Suggestion.none(basis + " < 50 %");
    }
}
