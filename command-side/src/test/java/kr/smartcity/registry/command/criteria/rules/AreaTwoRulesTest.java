package kr.smartcity.registry.command.criteria.rules;

import static kr.smartcity.registry.command.criteria.rules.RuleFixture.suggest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.rules.CountRule.Count;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.DataUsePlan;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.Feature;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.IntegratedManagement;
import kr.smartcity.registry.command.criteria.rules.SpecialisedProblemRule.SolutionProof;
import kr.smartcity.registry.command.criteria.rules.TimeUnitRule.StatisticsTimeUnit;

/** Area 2 구성 및 기능 (L1 2.1, L2 2.2, L3 2.3): every tier boundary. */
class AreaTwoRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.1.1.1, 3", "2.1.2.3, 4", "2.1.2.4, 4", "2.1.2.5, 3", "2.1.3.1, 4", "2.2.2.1, 3", "2.2.2.2, 3",
            "2.2.3.3, 3", "2.2.3.4, 3", "2.2.4.1, 3", "2.2.4.2, 4"})
    @DisplayName("binary indicators give their full allotment when shown, else 0 (2.2.4.2 is worth 4, not S-224's 3)")
    void binaryIndicators(String code, String allotment) {
        assertThat(suggest(code, new Feature(true))).isEqualTo(allotment);
        assertThat(suggest(code, new Feature(false))).isEqualTo("0");
    }

    @ParameterizedTest(name = "{0} types → {1}")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 3", "4, 3"})
    @DisplayName("2.1.1.2 user detail types: ≥ 3 → 3, 2 → 2, 1 → 1")
    void userDetailTypes(int types, String expected) {
        assertThat(suggest("2.1.1.2", new Count(types))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1}, {2}, {3} → {4}")
    @CsvSource({"false, false, false, false, 0", "true, false, false, false, 1", "true, true, false, false, 2",
            "true, true, true, false, 3", "true, true, true, true, 3"})
    @DisplayName("2.1.1.3 usage records: +1 per element (start, end, duration, to the user), capped at 3")
    void usageRecords(boolean start, boolean end, boolean duration, boolean toUser, String expected) {
        assertThat(suggest("2.1.1.3", new UsageRecordRule.Facts(start, end, duration, toUser))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "documented {0}, {1} → {2}")
    @CsvSource({"false, NONE, 0", "true, NONE, 1", "false, QUALITATIVE, 1", "true, QUALITATIVE, 2",
            "false, QUANTITATIVE, 2", "true, QUANTITATIVE, 3"})
    @DisplayName("2.1.1.4 specialised problem: +1 problem data, +2 quantitative or +1 qualitative solution")
    void specialisedProblem(boolean documented, SolutionProof proof, String expected) {
        var facts = new SpecialisedProblemRule.Facts(documented, proof);
        assertThat(suggest("2.1.1.4", facts)).isEqualTo(expected);
        assertThat(RuleFixture.show(RuleFixture.BOOK.suggest("2.1.1.4", ServiceLevel.L1,
                ServiceField.ENVIRONMENT_ENERGY, facts, RuleFixture.CONTEXT))).as("환경‧에너지 variant").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} types → {1}")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 3", "4, 3", "5, 3"})
    @DisplayName("2.1.2.1 and 2.1.2.2 infrastructure information: the seed's '4개 이상 4점' is capped at the allotment 3")
    void infrastructureInformation(int types, String expected) {
        assertThat(suggest("2.1.2.1", new Count(types))).isEqualTo(expected);
        assertThat(suggest("2.1.2.2", new Count(types))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "obtains {0}, interlinked {1} → {2}")
    @CsvSource({"false, false, 0", "true, false, 2", "false, true, 3", "true, true, 5"})
    @DisplayName("2.1.2.6 sensor linkage: obtain and use → 2, mutual interlink → 3, together 5")
    void sensorLinkage(boolean obtains, boolean interlinked, String expected) {
        assertThat(suggest("2.1.2.6", new SensorLinkageRule.Facts(obtains, interlinked))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} types → {1}")
    @CsvSource({"0, 0", "1, 1", "3, 3", "4, 4", "5, 4"})
    @DisplayName("2.1.3.2 time units and 2.1.3.3 segments: 4 → 4, 3 → 3, 2 → 2, 1 → 1")
    void statisticsTypes(int types, String expected) {
        assertThat(suggest("2.1.3.2", new Count(types))).isEqualTo(expected);
        assertThat(suggest("2.1.3.3", new Count(types))).isEqualTo(expected);
    }

    @Test
    @DisplayName("2.1.3.4 the data-use plan must be attached and handed over in print at the site inspection")
    void dataUsePlan() {
        assertThat(suggest("2.1.3.4", new DataUsePlan(true, true))).isEqualTo("4");
        assertThat(suggest("2.1.3.4", new DataUsePlan(true, false))).isEqualTo("0");
        assertThat(suggest("2.1.3.4", new DataUsePlan(false, true))).isEqualTo("0");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ACTIVE, 3", "PASSIVE, 2", "NONE, 0"})
    @DisplayName("2.2.3.1 location-based service: active → 3, passive → 2")
    void locationService(Tiers.LocationService level, String expected) {
        assertThat(suggest("2.2.3.1", level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} managed together → {1}")
    @CsvSource({"1, 0", "2, 3", "3, 3"})
    @DisplayName("2.2.3.2 integrated management of ≥ 2 unit services or infrastructure elements → 3")
    void integratedManagement(int managed, String expected) {
        assertThat(suggest("2.2.3.2", new IntegratedManagement(managed))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} of {0} on the same framework → {2}")
    @CsvSource({"4, 4, 3", "20, 19, 2", "4, 3, 2", "20, 14, 1", "4, 2, 1", "20, 9, 0", "2, 1, 1", "3, 1, 0"})
    @DisplayName("2.3.2.1 same framework: 100 % → 3, ≥ 75 % → 2, ≥ 50 % → 1")
    void sameFramework(int services, int same, String expected) {
        assertThat(suggest("2.3.2.1", new SameFrameworkRule.Facts(services, same))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} usable, {1} by the applicant → {2}")
    @CsvSource({"2, 2, 0", "3, 3, 3", "4, 4, 3", "4, 3, 1", "3, 2, 1", "3, 1, 1", "3, 0, 0"})
    @DisplayName("2.3.2.2 ≥ 3 usable: all by the applicant → 3, ≥ 1 by it → 1 (no 2-point tier, as the seed says)")
    void platformServices(int usable, int own, String expected) {
        assertThat(suggest("2.3.2.2", new PlatformServicesRule.Facts(usable, own))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"IN_OPERATION, 2", "PLANNED, 1", "NONE, 0"})
    @DisplayName("2.3.2.3 raw-data unification and 2.3.2.4 heterogeneous data: in operation → 2, planned → 1")
    void adoption(Tiers.Adoption level, String expected) {
        assertThat(suggest("2.3.2.3", level)).isEqualTo(expected);
        assertThat(suggest("2.3.2.4", level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PROCESS_AND_TRANSMIT, 3", "MODIFY, 2", "VIEW_ONLY, 1", "NONE, 0"})
    @DisplayName("2.3.3.1 usage-history linkage: view → 1, modify → 2, process and transmit → 3")
    void usageHistoryLinkage(Tiers.UsageHistoryLinkage level, String expected) {
        assertThat(suggest("2.3.3.1", level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"AUTOMATIC, 3", "MANUAL_ASSIGNMENT_SYSTEM_MANAGED, 2", "MANUAL, 1", "NONE, 0"})
    @DisplayName("2.3.4.1 network-service ID codes: automatic → 3, manual but system-managed → 2, manual → 1")
    void serviceIds(Tiers.ServiceIdManagement level, String expected) {
        assertThat(suggest("2.3.4.1", level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} m on every service → {1}")
    @CsvSource({"9.99, 2", "10, 2", "10.0, 2", "10.01, 1", "250, 1"})
    @DisplayName("2.3.5.1 spatial unit: ≤ 10 m → 2 (exactly 10 m → 2), > 10 m → 1")
    void spatialUnitTiers(String metres, String expected) {
        var unit = new BigDecimal(metres);
        assertThat(suggest("2.3.5.1", new SpatialUnitRule.Facts(List.of(unit, unit, unit)))).isEqualTo(expected);
    }

    @Test
    @DisplayName("2.3.5.1 differing spatial units score 0")
    void spatialUnitsDiffer() {
        assertThat(suggest("2.3.5.1", new SpatialUnitRule.Facts(List.of(BigDecimal.TEN, BigDecimal.ONE))))
                .isEqualTo("0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"REAL_TIME:2", "MINUTE:1", "COARSER:0", "REAL_TIME,MINUTE:0"})
    @DisplayName("2.3.5.2 time unit: real time → 2, minutes → 1, coarser or differing → 0")
    void timeUnit(String units) {
        String[] parts = units.split(":");
        List<StatisticsTimeUnit> list = Arrays.stream(parts[0].split(",")).map(StatisticsTimeUnit::valueOf).toList();
        assertThat(suggest("2.3.5.2", new TimeUnitRule.Facts(list))).isEqualTo(parts[1]);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ALL_NETWORK_SERVICES, 2", "SOME_NETWORK_SERVICES, 1", "NONE, 0"})
    @DisplayName("2.3.5.3 specialised-indicator statistics: all network services → 2, some → 1")
    void specialisedStatistics(Tiers.SpecialisedStatisticsCoverage level, String expected) {
        assertThat(suggest("2.3.5.3", level)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"PROVIDER_AND_USERS, 3", "PROVIDER_ONLY, 2", "NONE, 0"})
    @DisplayName("2.3.5.4 big-data improvement: provider and users → 3, provider only → 2")
    void bigDataImprovement(Tiers.BigDataImprovement level, String expected) {
        assertThat(suggest("2.3.5.4", level)).isEqualTo(expected);
    }
}
