package kr.smartcity.registry.command.criteria.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaVersion;
import kr.smartcity.registry.command.criteria.Indicator;
import kr.smartcity.registry.command.criteria.Points;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.DataUsePlan;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.Feature;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.IncidentResponse;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.IntegratedManagement;

/**
 * 사전평가 규칙집: every scoring rule of the 2023 seed, by indicator code, in one place. A suggestion is computed from
 * the indicator's evidence facts and bounded by its allotment in the criteria version. Derived indicators (2.2.1.1,
 * 2.3.1.1) have no rule here: {@code ScorecardCalculator} computes them.
 */
public final class RuleBook {

    private final CriteriaVersion criteria;
    private final Map<String, IndicatorRule<?>> rules = new LinkedHashMap<>();

    private RuleBook(CriteriaVersion criteria) {
        this.criteria = criteria;
    }

    /** The rules of the 2023 call (S-111 … S-332), bounded by the allotments of {@code criteria}. */
    public static RuleBook seed2023(CriteriaVersion criteria, PressMediaDirectory media) {
        RuleBook book = new RuleBook(criteria);
        // 1. 스마트도시 부합성
        book.add("1.1.1.1", new CitizenAwarenessRule(media));
        book.add("1.1.2.1", new UserSatisfactionRule());
        book.add("1.2.1.1", new UrbanProblemRule());
        book.add("1.2.2.1", new IntellectualPropertyRule());
        book.add("1.2.2.2", new ResearchStaffRule());
        book.add("1.2.3.1", new LocalEconomyRule());
        book.add("1.2.3.2", new CommitteeRule("산업 파급효과: 평가위원회 과반 동의 / committee majority"));
        book.add("1.3.1.1", new ResidentParticipationRule());
        book.add("1.3.2.1", new TierRule<>(Tiers.VulnerableGroupCare.class));
        book.add("1.3.2.2", new TierRule<>(Tiers.NegativeImpactReview.class));
        book.add("1.3.3.1", new FinancialFeasibilityRule());
        // 2.1 단위 서비스 (L1)
        book.feature("2.1.1.1", Feature.class);
        book.add("2.1.1.2", new CountRule(3));
        book.add("2.1.1.3", new UsageRecordRule());
        book.add("2.1.1.4", new SpecialisedProblemRule());
        book.add("2.1.2.1", new CountRule(4));
        book.add("2.1.2.2", new CountRule(4));
        book.feature("2.1.2.3", Feature.class);
        book.feature("2.1.2.4", Feature.class);
        book.feature("2.1.2.5", Feature.class);
        book.add("2.1.2.6", new SensorLinkageRule());
        book.feature("2.1.3.1", Feature.class);
        book.add("2.1.3.2", new CountRule(4));
        book.add("2.1.3.3", new CountRule(4));
        book.feature("2.1.3.4", DataUsePlan.class);
        // 2.2 네트워크 연계 서비스 (L2)
        book.feature("2.2.2.1", Feature.class);
        book.feature("2.2.2.2", Feature.class);
        book.add("2.2.3.1", new TierRule<>(Tiers.LocationService.class));
        book.feature("2.2.3.2", IntegratedManagement.class);
        book.feature("2.2.3.3", Feature.class);
        book.feature("2.2.3.4", Feature.class);
        book.feature("2.2.4.1", Feature.class);
        book.feature("2.2.4.2", Feature.class);
        // 2.3 데이터 허브기반 서비스 (L3)
        book.add("2.3.2.1", new SameFrameworkRule());
        book.add("2.3.2.2", new PlatformServicesRule());
        book.add("2.3.2.3", new TierRule<>(Tiers.Adoption.class));
        book.add("2.3.2.4", new TierRule<>(Tiers.Adoption.class));
        book.add("2.3.3.1", new TierRule<>(Tiers.UsageHistoryLinkage.class));
        book.add("2.3.4.1", new TierRule<>(Tiers.ServiceIdManagement.class));
        book.add("2.3.5.1", new SpatialUnitRule());
        book.add("2.3.5.2", new TimeUnitRule());
        book.add("2.3.5.3", new TierRule<>(Tiers.SpecialisedStatisticsCoverage.class));
        book.add("2.3.5.4", new TierRule<>(Tiers.BigDataImprovement.class));
        // 3. 운영
        book.add("3.1.1.1", new OpenApiRule());
        book.add("3.1.1.2", new CountRule(3));
        book.add("3.1.2.1", new AccessibilityRule());
        book.add("3.2.1.1", new DesignDocumentsRule());
        book.add("3.2.2.1", new ManualsRule());
        book.add("3.2.3.1", new OpenSourceRule());
        book.feature("3.2.4.1", Feature.class);
        book.add("3.3.1.1", new SecurityWeaknessRule());
        book.feature("3.3.2.1", IncidentResponse.class);
        return book;
    }

    private void add(String code, IndicatorRule<?> rule) {
        if (criteria.indicators().noneMatch(i -> i.code().equals(code))) {
            throw new IllegalStateException("criteria " + criteria.id() + " has no indicator " + code);
        }
        rules.put(code, rule);
    }

    private void feature(String code, Class<? extends FeatureRule.Shown> factsType) {
        Points allotment = criteria.indicators().filter(i -> i.code().equals(code)).findFirst()
                .map(Indicator::maxPoints).orElseThrow(() -> new IllegalStateException("no indicator " + code));
        add(code, new FeatureRule(allotment, factsType));
    }

    public Set<String> indicatorCodes() {
        return Set.copyOf(rules.keySet());
    }

    /** The facts type the rule for {@code code} reads, for callers that collect evidence per indicator. */
    public Class<? extends Evidence> factsType(String code) {
        return rule(code).factsType();
    }

    /**
     * The suggested points for one indicator of a service at {@code level} in {@code field}, bounded by the
     * indicator's allotment; withheld where the seed leaves it to the committee.
     */
    public Suggestion suggest(String code, ServiceLevel level, ServiceField field, Evidence facts,
            ScoringContext context) {
        Indicator indicator = criteria.indicator(code, level, field).orElseThrow(() -> new IllegalArgumentException(
                "indicator " + code + " is not scored for " + level + " " + field));
        return apply(rule(code), facts, context).atMost(indicator.maxPoints());
    }

    private IndicatorRule<?> rule(String code) {
        IndicatorRule<?> rule = rules.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("no scoring rule for " + code
                    + " (derived indicators are computed by the scorecard)");
        }
        return rule;
    }

    private static <F extends Evidence> Suggestion apply(IndicatorRule<F> rule, Evidence facts,
            ScoringContext context) {
        if (!rule.factsType().isInstance(facts)) {
            throw new IllegalArgumentException("this indicator reads " + rule.factsType().getSimpleName()
                    + ", not " + facts.getClass().getSimpleName());
        }
        return rule.suggest(rule.factsType().cast(facts), context);
    }
}
