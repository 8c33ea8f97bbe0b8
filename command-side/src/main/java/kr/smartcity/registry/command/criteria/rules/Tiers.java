package kr.smartcity.registry.command.criteria.rules;

/** The levels of every tiered indicator, each with the points the seed gives it (highest level shown wins). */
public final class Tiers {

    private Tiers() {
    }

    /** Points of a level the seed leaves to the committee (재량 / 의결): no suggestion. */
    static final int COMMITTEE = -1;

    /** 1.3.2.1 (S-132 1) 사회적 약자 배려. */
    public enum VulnerableGroupCare implements TierRule.Tier {
        /** 사회적 약자를 위한 기능을 실제 구현. */
        FEATURES_IMPLEMENTED(3),
        /** 사회적 약자 이용 시나리오 제출. */
        USAGE_SCENARIO(2),
        /** 간접적으로 편의 향상: 평가위원회 재량 1점. */
        INDIRECT_BENEFIT_ONLY(COMMITTEE),
        NONE(0);

        private final int points;

        VulnerableGroupCare(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }

    /** 1.3.2.2 (S-132 2) 부정적 사회적 영향 고려. */
    public enum NegativeImpactReview implements TierRule.Tier {
        /** 중앙행정기관·지자체·공공기관과 공동 추진(대표 또는 공동 신청) 또는 서비스 내용 협의. */
        PUBLIC_BODY_JOINT_OR_CONSULTED(3),
        /** 기관 자체 검토(민원 등)와 최소화 방안. */
        OWN_REVIEW_WITH_MINIMISATION_PLAN(2),
        /** 부정적 영향 발생 가능성이 없다고 판단: 평가위원회 재량 1점. */
        NO_POSSIBLE_IMPACT_CLAIMED(COMMITTEE),
        NONE(0);

        private final int points;

        NegativeImpactReview(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }

    /** 2.2.3.1 (S-223 1) 위치기반 인프라 서비스. */
    public enum LocationService implements TierRule.Tier {
        /** 능동형: 현재 위치 기반 경로 안내 등. */
        ACTIVE(3),
        /** 수동형: 인프라 위치 표출만. */
        PASSIVE(2),
        NONE(0);

        private final int points;

        LocationService(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }

    /** 2.3.2.3 (S-232 3) 원시데이터 규격 통일 and 2.3.2.4 (S-232 4) 이종데이터 결합. */
    public enum Adoption implements TierRule.Tier {
        /** 통일·결합되어 운영. */
        IN_OPERATION(2),
        /** 향후 통일·결합을 고려하는 설명자료. */
        PLANNED(1),
        NONE(0);

        private final int points;

        Adoption(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }

    /** 2.3.3.1 (S-233) 여러 네트워크 연계 서비스 이용이력 연동. */
    public enum UsageHistoryLinkage implements TierRule.Tier {
        /** 가공하여 다른 네트워크 연계 서비스 또는 단위 서비스로 전송. */
        PROCESS_AND_TRANSMIT(3),
        MODIFY(2),
        VIEW_ONLY(1),
        NONE(0);

        private final int points;

        UsageHistoryLinkage(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }

    /** 2.3.4.1 (S-234) 네트워크 연계 서비스별 식별코드 부여·관리. */
    public enum ServiceIdManagement implements TierRule.Tier {
        /** 자동 부여, 시스템 관리 (더미 서비스 등록으로 확인). */
        AUTOMATIC(3),
        /** 수동 부여, 시스템 관리. */
        MANUAL_ASSIGNMENT_SYSTEM_MANAGED(2),
        /** 수동 부여, 시스템에 등록하되 수동 관리. */
        MANUAL(1),
        NONE(0);

        private final int points;

        ServiceIdManagement(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }

    /** 2.3.5.3 (S-235 3) 특화 지표 통계: for all or some connected network services. */
    public enum SpecialisedStatisticsCoverage implements TierRule.Tier {
        ALL_NETWORK_SERVICES(2),
        SOME_NETWORK_SERVICES(1),
        NONE(0);

        private final int points;

        SpecialisedStatisticsCoverage(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }

    /** 2.3.5.4 (S-235 4) 빅데이터 분석을 통한 서비스 향상: who can select data and improve the service in the demo. */
    public enum BigDataImprovement implements TierRule.Tier {
        PROVIDER_AND_USERS(3),
        PROVIDER_ONLY(2),
        NONE(0);

        private final int points;

        BigDataImprovement(int points) {
            this.points = points;
        }

        @Override
        public int seedPoints() {
            return points;
        }
    }
}
