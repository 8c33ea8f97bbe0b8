package kr.smartcity.registry.command.criteria.rules;

/**
 * 3.3.1.1 (S-331) 보안약점 점검 against the 47 weaknesses designated by the Ministry of the Interior and Safety
 * (소프트웨어 개발보안 점검가이드, 2019.06), shown by ≥ 2 certified diagnostic tools: all checked → 2,
 * ≥ 85 % checked → 1.
 */
public final class SecurityWeaknessRule implements IndicatorRule<SecurityWeaknessRule.Facts> {

    static final int DESIGNATED_WEAKNESSES = 47;
    static final int MINIMUM_TOOLS = 2;

    public record Facts(int weaknessesChecked, int certifiedToolsUsed) implements Evidence {
        public Facts {
            if (weaknessesChecked < 0 || weaknessesChecked > DESIGNATED_WEAKNESSES || certifiedToolsUsed < 0) {
                throw new IllegalArgumentException("weaknessesChecked must be between 0 and " + DESIGNATED_WEAKNESSES);
            }
        }
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        String basis = "점검 " + facts.weaknessesChecked() + "/" + DESIGNATED_WEAKNESSES + ", 인증 도구 "
                + facts.certifiedToolsUsed() + "종";
        if (facts.certifiedToolsUsed() < MINIMUM_TOOLS) {
            return Suggestion.none(basis + " (도구 2종 미만)");
        }
        if (facts.weaknessesChecked() == DESIGNATED_WEAKNESSES) {
            return Suggestion.of(2, basis + " = 100 %");
        }
        // ≥ 85 %, exactly: 100 × checked ≥ 85 × 47 (i.e. at least 40 of 47)
        return 100 * facts.weaknessesChecked() >= 85 * DESIGNATED_WEAKNESSES ? Suggestion.of(1, basis + " ≥ 85 %")
                : Suggestion.none(basis + " < 85 %");
    }
}
