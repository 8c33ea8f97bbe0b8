package kr.smartcity.registry.command.criteria.rules;

/**
 * 2.1.1.4 (S-211 4-1 교통 / 4-2 환경‧에너지) 특화지표 문제 해결: +1 if the problem is documented with objective data
 * (time or money lost …); +2 if the solution is proven quantitatively, or +1 if only qualitatively (alternatives,
 * so at most 1 + 2 = 3). Both field variants use this rule.
 */
public final class SpecialisedProblemRule implements IndicatorRule<SpecialisedProblemRule.Facts> {

    public enum SolutionProof {
        NONE(0),
        QUALITATIVE(1),
        QUANTITATIVE(2);

        private final int points;

        SolutionProof(int points) {
            this.points = points;
        }
    }

    public record Facts(boolean problemDocumentedWithData, SolutionProof solutionProof) implements Evidence {
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        int problem = facts.problemDocumentedWithData() ? 1 : 0;
        return Suggestion.of(problem + facts.solutionProof().points,
                "문제 파악 " + problem + " + 해결 " + facts.solutionProof());
    }
}
