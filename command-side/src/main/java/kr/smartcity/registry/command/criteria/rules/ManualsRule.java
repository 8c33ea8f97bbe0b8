package kr.smartcity.registry.command.criteria.rules;

/**
 * 3.2.2.1 (S-322) 매뉴얼 충실성: user, administrator and service security manuals all present → 2, one point less for
 * each one missing, not below 0.
 */
public final class ManualsRule implements IndicatorRule<ManualsRule.Facts> {

    public record Facts(boolean userManual, boolean administratorManual, boolean securityManual) implements Evidence {
        int missing() {
            return (userManual ? 0 : 1) + (administratorManual ? 0 : 1) + (securityManual ? 0 : 1);
        }
    }

    private static final int FULL = 2;

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        return Suggestion.of(Math.max(0, FULL - facts.missing()), "누락 매뉴얼 " + facts.missing() + "종");
    }
}
