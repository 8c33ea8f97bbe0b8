package kr.smartcity.registry.command.criteria.rules;

import static kr.smartcity.registry.command.criteria.rules.RuleFixture.APPLIED;
import static kr.smartcity.registry.command.criteria.rules.RuleFixture.suggest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.rules.CitizenAwarenessRule.AwarenessSurvey;
import kr.smartcity.registry.command.criteria.rules.FinancialFeasibilityRule.CashFlow;
import kr.smartcity.registry.command.criteria.rules.FinancialFeasibilityRule.FnpvAnalysis;
import kr.smartcity.registry.command.criteria.rules.IntellectualPropertyRule.IpRight;
import kr.smartcity.registry.command.criteria.rules.LocalEconomyRule.LocalHire;
import kr.smartcity.registry.command.criteria.rules.LocalEconomyRule.ResidentIncome;
import kr.smartcity.registry.command.criteria.rules.ResearchStaffRule.Researcher;
import kr.smartcity.registry.command.criteria.rules.UserSatisfactionRule.AppStoreRating;
import kr.smartcity.registry.command.criteria.rules.UserSatisfactionRule.SatisfactionSurvey;

/** Area 1 스마트도시 부합성: every tier boundary, just below / at / just above. */
class AreaOneRulesTest {

    private static final SurveyDesign GOOD_SURVEY = new SurveyDesign(APPLIED.minusMonths(6), true, true);

    private static PressReport press(String outlet, LocalDate on, String improvementPercent) {
        return new PressReport(outlet, on, true, true, true,
                Optional.ofNullable(improvementPercent).map(BigDecimal::new));
    }

    private static CitizenAwarenessRule.Facts awareness(int respondents, int aware) {
        return new CitizenAwarenessRule.Facts(Optional.of(new AwarenessSurvey(GOOD_SURVEY, respondents, aware)),
                List.of(), false);
    }

    @ParameterizedTest(name = "aware {1} of {0} → {2}")
    @CsvSource({"400, 199, 2", "400, 200, 3", "400, 201, 3", "300, 99, 1", "300, 100, 2", "300, 101, 2",
            "400, 99, 0", "400, 100, 1", "400, 101, 1"})
    @DisplayName("1.1.1.1 awareness survey share ≥ 1/2 → 3, ≥ 1/3 → 2, ≥ 1/4 → 1")
    void awarenessSurveyTiers(int respondents, int aware, String expected) {
        assertThat(suggest("1.1.1.1", awareness(respondents, aware))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"조선일보, 3", "The New York Times, 3", "Daly Mail, 3", "연합뉴스, 2", "KBS 지역방송, 2",
            "스마트시티신문, 1"})
    @DisplayName("1.1.1.1 press: 가군 → 3, 나군 → 2, 다군 (all other registered press) → 1")
    void awarenessPressGroups(String outlet, String expected) {
        var facts = new CitizenAwarenessRule.Facts(Optional.empty(), List.of(press(outlet, APPLIED, null)), false);
        assertThat(suggest("1.1.1.1", facts)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "published {0} → {1}")
    @CsvSource({"2020-10-24, 0", "2020-10-25, 3", "2020-10-26, 3"})
    @DisplayName("1.1.1.1 press counts within 3 years of the application date (2023-10-25), both ends included")
    void awarenessPressRecency(LocalDate publishedOn, String expected) {
        var facts = new CitizenAwarenessRule.Facts(Optional.empty(), List.of(press("경향신문", publishedOn, null)),
                false);
        assertThat(suggest("1.1.1.1", facts)).isEqualTo(expected);
    }

    @Test
    @DisplayName("1.1.1.1 takes the highest type; a report without perceived improvement or by non-press does not count")
    void awarenessHighestTypeAndAdmission() {
        var noMention = new PressReport("조선일보", APPLIED, true, true, false, Optional.empty());
        var newsletter = new PressReport("구청 소식지", APPLIED, false, true, true, Optional.empty());
        var facts = new CitizenAwarenessRule.Facts(Optional.of(new AwarenessSurvey(GOOD_SURVEY, 300, 100)),
                List.of(noMention, newsletter, press("서울신문", APPLIED, null)), false);
        assertThat(suggest("1.1.1.1", facts)).isEqualTo("2");
        var oldSurvey = new SurveyDesign(APPLIED.minusYears(3).minusDays(1), true, true);
        assertThat(suggest("1.1.1.1", new CitizenAwarenessRule.Facts(
                Optional.of(new AwarenessSurvey(oldSurvey, 100, 100)), List.of(), false))).isEqualTo("0");
    }

    @Test
    @DisplayName("1.1.1.1 other evidence alone is withheld for the committee; with a lower objective type it awaits it")
    void awarenessOtherEvidence() {
        assertThat(suggest("1.1.1.1", new CitizenAwarenessRule.Facts(Optional.empty(), List.of(), true)))
                .isEqualTo("withheld");
        Suggestion mixed = RuleFixture.BOOK.suggest("1.1.1.1", ServiceLevel.L1, ServiceField.TRANSPORT,
                new CitizenAwarenessRule.Facts(Optional.empty(), List.of(press("지역신문", APPLIED, null)), true),
                RuleFixture.CONTEXT);
        assertThat(mixed.points()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("1"));
        assertThat(mixed.awaitsCommittee()).isTrue();
    }

    /** 100 answers: {@code fours} answered 4 (만족), the rest 3 (보통); mean = 3 + fours/100. */
    @ParameterizedTest(name = "mean of 4s={0}, 5s={1}, 3s={2} → {3}")
    @CsvSource({"99, 0, 1, 2", "100, 0, 0, 3", "99, 1, 0, 3", "49, 0, 51, 1", "50, 0, 50, 2", "51, 0, 49, 2",
            "0, 0, 99, 0", "0, 0, 100, 1"})
    @DisplayName("1.1.2.1 satisfaction survey mean ≥ 4.0 → 3, ≥ 3.5 → 2, ≥ 3.0 → 1")
    void satisfactionSurveyTiers(int fours, int fives, int threes, String expected) {
        int twos = 100 - fours - fives - threes;
        var survey = new SatisfactionSurvey(GOOD_SURVEY, 0, twos, threes, fours, fives);
        assertThat(suggest("1.1.2.1", new UserSatisfactionRule.Facts(Optional.of(survey), List.of(), false)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "rating {0} → {1}")
    @CsvSource({"3.9, 2", "4.0, 3", "4.1, 3", "3.4, 1", "3.5, 2", "2.9, 0", "3.0, 1"})
    @DisplayName("1.1.2.1 app-store rating ≥ 4.0 → 3, ≥ 3.5 → 2, ≥ 3.0 → 1")
    void appStoreRatingTiers(String rating, String expected) {
        var ratings = List.of(new AppStoreRating("Google Play", new BigDecimal(rating), APPLIED));
        assertThat(suggest("1.1.2.1", new UserSatisfactionRule.Facts(Optional.empty(), ratings, false)))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("1.1.2.1 the more favourable store counts; a rating older than 3 years does not")
    void appStoreBestAndRecency() {
        var ratings = List.of(new AppStoreRating("App Store", new BigDecimal("3.6"), APPLIED),
                new AppStoreRating("Google Play", new BigDecimal("4.8"), APPLIED.minusYears(3).minusDays(1)),
                new AppStoreRating("Google Play", new BigDecimal("3.1"), APPLIED));
        assertThat(suggest("1.1.2.1", new UserSatisfactionRule.Facts(Optional.empty(), ratings, false)))
                .isEqualTo("2");
    }

    @ParameterizedTest(name = "improvement {0} % → {1}")
    @CsvSource({"2.9, 1", "3, 2", "4.9, 2", "5, 3", "9.9, 3", "10, 4", "35, 4"})
    @DisplayName("1.2.1.1 press report 1 point plus ≥ 10 % → 3, ≥ 5 % → 2, ≥ 3 % → 1 for a stated improvement")
    void urbanProblemPress(String percent, String expected) {
        var facts = new UrbanProblemRule.Facts(false, List.of(press("전자신문", APPLIED, percent)), false);
        assertThat(suggest("1.2.1.1", facts)).isEqualTo(expected);
    }

    @Test
    @DisplayName("1.2.1.1 a press report without figures gives 1; the improvement report and other evidence are withheld")
    void urbanProblemOtherTypes() {
        assertThat(suggest("1.2.1.1", new UrbanProblemRule.Facts(false, List.of(press("뉴스1", APPLIED, null)),
                false))).isEqualTo("1");
        assertThat(suggest("1.2.1.1", new UrbanProblemRule.Facts(true, List.of(), false))).isEqualTo("withheld");
        assertThat(suggest("1.2.1.1", new UrbanProblemRule.Facts(false, List.of(), true))).isEqualTo("withheld");
        assertThat(suggest("1.2.1.1", new UrbanProblemRule.Facts(false, List.of(), false))).isEqualTo("0");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PATENT_REGISTRATION, 2", "UTILITY_MODEL_REGISTRATION, 2", "NEW_TECHNOLOGY_CERTIFICATION, 2",
            "PATENT_APPLICATION, 1", "SOFTWARE_REGISTRATION, 1"})
    @DisplayName("1.2.2.1 IP: registration or new-technology certification → 2, application or S/W registration → 1")
    void intellectualPropertyTypes(IpRight right, String expected) {
        assertThat(suggest("1.2.2.1", new IntellectualPropertyRule.Facts(List.of(right), false))).isEqualTo(expected);
    }

    @Test
    @DisplayName("1.2.2.1 only the highest IP counts; without IP a differentiation claim needs the committee majority")
    void intellectualPropertyHighestAndCommittee() {
        assertThat(suggest("1.2.2.1", new IntellectualPropertyRule.Facts(
                List.of(IpRight.SOFTWARE_REGISTRATION, IpRight.PATENT_REGISTRATION, IpRight.PATENT_APPLICATION),
                false))).isEqualTo("2");
        assertThat(suggest("1.2.2.1", new IntellectualPropertyRule.Facts(List.of(), true))).isEqualTo("withheld");
        assertThat(suggest("1.2.2.1", new IntellectualPropertyRule.Facts(List.of(), false))).isEqualTo("0");
    }

    private static Researcher researcher() {
        return new Researcher(false, true, true, APPLIED.minusYears(1), Optional.empty());
    }

    @ParameterizedTest(name = "{0} researchers → {1}")
    @CsvSource({"0, 0", "1, 1", "2, 1", "3, 2", "4, 2"})
    @DisplayName("1.2.2.2 full-time R&D staff ≥ 3 → 2, ≥ 1 → 1")
    void researchStaffTiers(int count, String expected) {
        assertThat(suggest("1.2.2.2", new ResearchStaffRule.Facts(Collections.nCopies(count, researcher()))))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("1.2.2.2 executives, part-timers, other projects and people not employed on the application date do not count")
    void researchStaffExclusions() {
        var executive = new Researcher(true, true, true, APPLIED.minusYears(1), Optional.empty());
        var partTime = new Researcher(false, false, true, APPLIED.minusYears(1), Optional.empty());
        var otherProject = new Researcher(false, true, false, APPLIED.minusYears(1), Optional.empty());
        var left = new Researcher(false, true, true, APPLIED.minusYears(1), Optional.of(APPLIED.minusDays(1)));
        var joinsLater = new Researcher(false, true, true, APPLIED.plusDays(1), Optional.empty());
        var leavesOnTheDay = new Researcher(false, true, true, APPLIED.minusYears(1), Optional.of(APPLIED));
        assertThat(suggest("1.2.2.2", new ResearchStaffRule.Facts(List.of(executive, partTime, otherProject, left,
                joinsLater, researcher(), leavesOnTheDay)))).isEqualTo("1");
    }

    private static LocalEconomyRule.Facts jobs(LocalHire... hires) {
        return new LocalEconomyRule.Facts(List.of(hires), List.of(), APPLIED.minusYears(5));
    }

    private static LocalHire partTime(boolean senior) {
        return new LocalHire(APPLIED.minusMonths(3), false, senior);
    }

    @Test
    @DisplayName("1.2.3.1 jobs: ≥ 1 full-time or ≥ 4 part-time local hires in the last 2 years → 2")
    void localJobs() {
        assertThat(suggest("1.2.3.1", jobs(new LocalHire(APPLIED.minusYears(2), true, false)))).isEqualTo("2");
        assertThat(suggest("1.2.3.1", jobs(new LocalHire(APPLIED.minusYears(2).minusDays(1), true, false))))
                .isEqualTo("0");
        assertThat(suggest("1.2.3.1", jobs(partTime(false), partTime(false), partTime(false)))).isEqualTo("0");
        assertThat(suggest("1.2.3.1", jobs(partTime(false), partTime(false), partTime(false), partTime(false))))
                .isEqualTo("2");
    }

    @Test
    @DisplayName("1.2.3.1 the '배점 외 +1' for ≥ 3 % disabled or 65+ hires lifts a type but never past the 2-point allotment")
    void localJobsBonus() {
        assertThat(suggest("1.2.3.1", jobs(partTime(true), partTime(false)))).as("no job tier, bonus").isEqualTo("1");
        assertThat(suggest("1.2.3.1", jobs(partTime(false), partTime(false)))).isEqualTo("0");
        assertThat(suggest("1.2.3.1", jobs(partTime(true), partTime(false), partTime(false), partTime(false))))
                .as("2 + 1 capped").isEqualTo("2");
    }

    @ParameterizedTest(name = "1 of {0} hires disabled or 65+ → rule gives {1} before the cap")
    @CsvSource({"34, 2", "33, 3"})
    @DisplayName("1.2.3.1 the bonus share boundary: 1/34 = 2.9 % < 3 % ≤ 1/33 = 3.03 %")
    void localJobsBonusShare(int hires, String uncapped) {
        List<LocalHire> list = new ArrayList<>(Collections.nCopies(hires - 1, partTime(false)));
        list.add(partTime(true));
        var facts = new LocalEconomyRule.Facts(list, List.of(), APPLIED.minusYears(5));
        assertThat(RuleFixture.show(new LocalEconomyRule().suggest(facts, RuleFixture.CONTEXT))).isEqualTo(uncapped);
        assertThat(suggest("1.2.3.1", facts)).isEqualTo("2");
    }

    @ParameterizedTest(name = "KRW {0} in the last year → {1}")
    @CsvSource({"9999999, 0", "10000000, 1", "29999999, 1", "30000000, 2", "30000001, 2"})
    @DisplayName("1.2.3.1 income in the last 1 year ≥ KRW 30 million → 2, ≥ KRW 10 million → 1")
    void residentIncome(long won, String expected) {
        var facts = new LocalEconomyRule.Facts(List.of(), List.of(new ResidentIncome(APPLIED.minusMonths(2), won)),
                APPLIED.minusYears(3));
        assertThat(suggest("1.2.3.1", facts)).isEqualTo(expected);
    }

    @Test
    @DisplayName("1.2.3.1 income older than 1 year is left out; a service younger than a year is annualised")
    void residentIncomeWindowAndAnnualising() {
        var old = new LocalEconomyRule.Facts(List.of(),
                List.of(new ResidentIncome(APPLIED.minusYears(1).minusDays(1), 50_000_000)), APPLIED.minusYears(3));
        assertThat(suggest("1.2.3.1", old)).isEqualTo("0");
        // 183 days of operation (2023-04-25 → 2023-10-25) out of 365: KRW 15.1 million annualises to ≥ 30 million
        var young = new LocalEconomyRule.Facts(List.of(),
                List.of(new ResidentIncome(APPLIED.minusMonths(1), 15_100_000)), APPLIED.minusMonths(6));
        assertThat(suggest("1.2.3.1", young)).isEqualTo("2");
    }

    @Test
    @DisplayName("1.2.3.2 ripple effects are always withheld for the committee majority")
    void rippleEffects() {
        assertThat(suggest("1.2.3.2", new CommitteeRule.Submitted("벤치마킹 방문 보고서"))).isEqualTo("withheld");
    }

    @ParameterizedTest(name = "{0} + {1} + {2} → {3}")
    @CsvSource({"false, false, false, 0", "true, false, false, 1", "true, true, false, 2", "true, true, true, 3",
            "false, true, true, 2"})
    @DisplayName("1.3.1.1 resident participation: +1 for each of gathering, reflecting, gathering after introduction")
    void residentParticipation(boolean before, boolean reflected, boolean after, String expected) {
        assertThat(suggest("1.3.1.1", new ResidentParticipationRule.Facts(before, reflected, after)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"FEATURES_IMPLEMENTED, 3", "USAGE_SCENARIO, 2", "INDIRECT_BENEFIT_ONLY, withheld", "NONE, 0"})
    @DisplayName("1.3.2.1 vulnerable groups: implemented → 3, scenario → 2, indirect benefit → committee discretion")
    void vulnerableGroups(Tiers.VulnerableGroupCare level, String expected) {
        assertThat(suggest("1.3.2.1", level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PUBLIC_BODY_JOINT_OR_CONSULTED, 3", "OWN_REVIEW_WITH_MINIMISATION_PLAN, 2",
            "NO_POSSIBLE_IMPACT_CLAIMED, withheld", "NONE, 0"})
    @DisplayName("1.3.2.2 negative impact: public body → 3, own review with plan → 2, none possible → committee")
    void negativeImpact(Tiers.NegativeImpactReview level, String expected) {
        assertThat(suggest("1.3.2.2", level)).isEqualTo(expected);
    }

    private static FnpvAnalysis analysis(String laterRevenue, boolean publicSupport) {
        // base year: cost 1000; then two years of revenue at 10 %: FNPV = −1000 + R/1.1 + R/1.21
        return new FnpvAnalysis(new BigDecimal("0.10"), List.of(new CashFlow(BigDecimal.ZERO, new BigDecimal("1000")),
                new CashFlow(new BigDecimal(laterRevenue), BigDecimal.ZERO),
                new CashFlow(new BigDecimal(laterRevenue), BigDecimal.ZERO)), publicSupport);
    }

    @Test
    @DisplayName("1.3.3.1 FNPV: the break-even revenue 576.19… gives FNPV ≈ 0; just above is positive")
    void fnpvComputation() {
        assertThat(analysis("576.19", false).fnpv().signum()).isNegative();
        assertThat(analysis("576.20", false).fnpv().signum()).isPositive();
    }

    @ParameterizedTest(name = "revenue {0}, public support {1}, PI {2} → {3}")
    @CsvSource({"576.19, false, , 0", "576.20, false, , 3", "576.20, true, , 2", "576.19, true, 1.01, 1",
            "576.19, false, 1.00, 0"})
    @DisplayName("1.3.3.1 FNPV > 0 → 3, > 0 only with public support → 2, PI > 1 → 1")
    void financialFeasibility(String revenue, boolean publicSupport, String profitabilityIndex, String expected) {
        var facts = new FinancialFeasibilityRule.Facts(Optional.of(analysis(revenue, publicSupport)),
                Optional.ofNullable(profitabilityIndex).map(BigDecimal::new));
        assertThat(suggest("1.3.3.1", facts)).isEqualTo(expected);
    }
}
