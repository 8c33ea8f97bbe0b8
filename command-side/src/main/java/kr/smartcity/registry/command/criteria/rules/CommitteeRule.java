package kr.smartcity.registry.command.criteria.rules;

/**
 * Indicators the seed leaves wholly to the committee, e.g. 1.2.3.2 (S-123 2: 평가위원회 과반의 동의): always
 * withheld at pre-evaluation, whatever is submitted.
 */
public final class CommitteeRule implements IndicatorRule<CommitteeRule.Submitted> {

    /** What the applicant submitted for the committee (e.g. 예상 산업 파급효과 기술서). */
    public record Submitted(String description) implements Evidence {
    }

    private final String reason;

    public CommitteeRule(String reason) {
        this.reason = reason;
    }

    @Override
    public Class<Submitted> factsType() {
        return Submitted.class;
    }

    @Override
    public Suggestion suggest(Submitted facts, ScoringContext context) {
        return Suggestion.withheld(reason);
    }
}
