package kr.smartcity.registry.command.criteria.rules;

import kr.smartcity.registry.command.criteria.Points;

/**
 * 3.2.3.1 (S-323) 오픈소스 소프트웨어 사용: only open-source libraries → 2, minus 0.5 for each paid-licence library
 * with strong licence enforcement (강제성이 높은 유상 라이센스), not below 0.
 */
public final class OpenSourceRule implements IndicatorRule<OpenSourceRule.Facts> {

    public record Facts(int paidStrongLicenceLibraries) implements Evidence {
        public Facts {
            if (paidStrongLicenceLibraries < 0) {
                throw new IllegalArgumentException("a count cannot be negative");
            }
        }
    }

    private static final Points FULL = Points.of(2);
    private static final Points DEDUCTION = Points.parse("0.5");

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        Points points = FULL.minus(DEDUCTION.times(facts.paidStrongLicenceLibraries())).atLeastZero();
        return Suggestion.of(points, "유상 라이선스 " + facts.paidStrongLicenceLibraries() + "개 × −0.5");
    }
}
