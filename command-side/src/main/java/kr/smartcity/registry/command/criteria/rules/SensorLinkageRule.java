package kr.smartcity.registry.command.criteria.rules;

/**
 * 2.1.2.6 (S-212 6-1 교통 / 6-2 환경‧에너지) 정보체계 연계: obtaining and using another service's sensor data → 2;
 * mutual interlinking (상호 연동) with another service's sensors or information → 3; the two add up to 5.
 */
public final class SensorLinkageRule implements IndicatorRule<SensorLinkageRule.Facts> {

    public record Facts(boolean obtainsAndUsesOtherSensorData, boolean mutuallyInterlinked) implements Evidence {
    }

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        int points = (facts.obtainsAndUsesOtherSensorData() ? 2 : 0) + (facts.mutuallyInterlinked() ? 3 : 0);
        return Suggestion.of(points, "센서 데이터 활용 " + facts.obtainsAndUsesOtherSensorData() + ", 상호 연동 "
                + facts.mutuallyInterlinked());
    }
}
