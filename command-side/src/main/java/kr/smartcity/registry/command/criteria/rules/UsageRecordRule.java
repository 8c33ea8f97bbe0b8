package kr.smartcity.registry.command.criteria.rules;

/**
 * 2.1.1.3 (S-211 3) 이용실적 데이터 관리: 1 point each for recording the start time, the end time and the duration, and
 * for providing the records to the user, capped at 3 (the seed's example: start, end and duration → 3).
 */
public final class UsageRecordRule implements IndicatorRule<UsageRecordRule.Facts> {

    public record Facts(boolean startTime, boolean endTime, boolean duration, boolean providedToUser)
            implements Evidence {
        int elements() {
            return (startTime ? 1 : 0) + (endTime ? 1 : 0) + (duration ? 1 : 0) + (providedToUser ? 1 : 0);
        }
    }

    private static final int CAP = 3;

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        return Suggestion.of(Math.min(facts.elements(), CAP), facts.elements() + "개 요소 / elements recorded");
    }
}
