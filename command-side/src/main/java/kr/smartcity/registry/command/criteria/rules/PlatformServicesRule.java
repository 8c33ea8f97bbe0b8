package kr.smartcity.registry.command.criteria.rules;

/**
 * 2.3.2.2 (S-232 2) 하나의 플랫폼에서 여러 네트워크 연계 서비스 이용: points only if ≥ 3 network services are usable
 * on the platform; then all of them (≥ 3) provided by the applicant itself → 3, ≥ 1 provided by it → 1. The seed's
 * "2개 이상 … 1점" has no 2-point tier and is applied as written (docs/criteria-interpretation.md).
 */
public final class PlatformServicesRule implements IndicatorRule<PlatformServicesRule.Facts> {

    public record Facts(int usableOnPlatform, int providedByApplicant) implements Evidence {
        public Facts {
            if (providedByApplicant < 0 || providedByApplicant > usableOnPlatform) {
                throw new IllegalArgumentException("providedByApplicant must be between 0 and usableOnPlatform");
            }
        }
    }

    static final int MINIMUM_SERVICES = 3;

    @Override
    public Class<Facts> factsType() {
        return Facts.class;
    }

    @Override
    public Suggestion suggest(Facts facts, ScoringContext context) {
        String basis = "이용 가능 " + facts.usableOnPlatform() + "개, 신청자 제공 " + facts.providedByApplicant() + "개";
        if (facts.usableOnPlatform() < MINIMUM_SERVICES) {
            return Suggestion.none(basis + " (3개 미만)");
        }
        if (facts.providedByApplicant() == facts.usableOnPlatform()) {
            return Suggestion.of(3, basis);
        }
        return facts.providedByApplicant() >= 1 ? Suggestion.of(1, basis) : Suggestion.none(basis);
    }
}
