package kr.smartcity.registry.command.criteria.rules;

import static kr.smartcity.registry.command.criteria.rules.RuleFixture.suggest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kr.smartcity.registry.command.criteria.rules.AccessibilityRule.Certificate;
import kr.smartcity.registry.command.criteria.rules.AccessibilityRule.CertificateKind;
import kr.smartcity.registry.command.criteria.rules.CountRule.Count;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.Feature;
import kr.smartcity.registry.command.criteria.rules.FeatureRule.IncidentResponse;
import kr.smartcity.registry.command.criteria.rules.OpenApiRule.OpenDataset;

/** Area 3 운영: every tier boundary. */
class AreaThreeRulesTest {

    private static final LocalDate DEADLINE = RuleFixture.CONTEXT.submissionDeadline();

    @Test
    @DisplayName("3.1.1.1 Open API: one dataset in ≥ 2 formats → 2, in one format → 1, none → 0; only service-generated data")
    void openApi() {
        var csvAndXls = new OpenDataset("주차 현황", Set.of("csv", "XLS"), true);
        var csvOnly = new OpenDataset("이용 통계", Set.of("csv"), true);
        var borrowed = new OpenDataset("공공 주소", Set.of("csv", "json"), false);
        assertThat(suggest("3.1.1.1", new OpenApiRule.Facts(List.of(csvAndXls)))).isEqualTo("2");
        assertThat(suggest("3.1.1.1", new OpenApiRule.Facts(List.of(csvOnly, borrowed)))).isEqualTo("1");
        assertThat(suggest("3.1.1.1", new OpenApiRule.Facts(List.of(borrowed)))).isEqualTo("0");
        assertThat(suggest("3.1.1.1", new OpenApiRule.Facts(List.of(new OpenDataset("x", Set.of("csv", "CSV"), true)))))
                .as("one format written twice").isEqualTo("1");
    }

    @ParameterizedTest(name = "{0} external datasets → {1}")
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 3", "4, 3"})
    @DisplayName("3.1.1.2 external base data: 1 → 1, 2 → 2, ≥ 3 → 3")
    void externalData(int datasets, String expected) {
        assertThat(suggest("3.1.1.2", new Count(datasets))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "valid until {0} → {1}")
    @CsvSource({"2023-10-25, 2", "2023-10-26, 3", "2023-10-27, 3"})
    @DisplayName("3.1.2.1 accessibility certification valid on the deadline (2023-10-26) → 3, expired → 2")
    void accessibilityValidity(LocalDate validUntil, String expected) {
        var certificate = new Certificate(CertificateKind.WEB, LocalDate.of(2022, 10, 1), validUntil);
        assertThat(suggest("3.1.2.1", new AccessibilityRule.Facts(List.of(certificate), false))).isEqualTo(expected);
    }

    @Test
    @DisplayName("3.1.2.1 a certificate issued after the deadline does not count; a self-assessment is withheld for the committee")
    void accessibilityOtherCases() {
        var late = new Certificate(CertificateKind.MOBILE, DEADLINE.plusDays(1), DEADLINE.plusYears(1));
        assertThat(suggest("3.1.2.1", new AccessibilityRule.Facts(List.of(late), false))).isEqualTo("0");
        assertThat(suggest("3.1.2.1", new AccessibilityRule.Facts(List.of(), true))).isEqualTo("withheld");
        var expired = new Certificate(CertificateKind.SOFTWARE, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
        var valid = new Certificate(CertificateKind.WEB, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(suggest("3.1.2.1", new AccessibilityRule.Facts(List.of(expired, valid), true))).isEqualTo("3");
    }

    @ParameterizedTest(name = "overview {0}, HW/SW {1}, UI/DB {2}, not needed {3} → {4}")
    @CsvSource({"true, true, true, false, 2", "true, true, false, false, 1", "true, false, true, false, 0",
            "false, true, true, false, 0", "false, false, false, true, withheld", "false, false, false, false, 0"})
    @DisplayName("3.2.1.1 design documents: overview and HW/SW → 1, plus UI/UX or DB → 2, not needed → committee")
    void designDocuments(boolean overview, boolean hwSw, boolean uiDb, boolean notNeeded, String expected) {
        assertThat(suggest("3.2.1.1", new DesignDocumentsRule.Facts(overview, hwSw, uiDb, notNeeded)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "user {0}, admin {1}, security {2} → {3}")
    @CsvSource({"true, true, true, 2", "true, true, false, 1", "true, false, false, 0", "false, false, false, 0"})
    @DisplayName("3.2.2.1 manuals: all three → 2, −1 per missing manual, not below 0")
    void manuals(boolean user, boolean admin, boolean security, String expected) {
        assertThat(suggest("3.2.2.1", new ManualsRule.Facts(user, admin, security))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} paid libraries → {1}")
    @CsvSource({"0, 2", "1, 1.5", "3, 0.5", "4, 0", "5, 0"})
    @DisplayName("3.2.3.1 open source: 2, −0.5 per strongly enforced paid licence, not below 0")
    void openSource(int paid, String expected) {
        assertThat(suggest("3.2.3.1", new OpenSourceRule.Facts(paid))).isEqualTo(expected);
    }

    @Test
    @DisplayName("3.2.4.1 maintenance plan: binary 2")
    void maintenancePlan() {
        assertThat(suggest("3.2.4.1", new Feature(true))).isEqualTo("2");
        assertThat(suggest("3.2.4.1", new Feature(false))).isEqualTo("0");
    }

    @ParameterizedTest(name = "{0} of 47 checked with {1} tools → {2}")
    @CsvSource({"47, 2, 2", "46, 2, 1", "40, 2, 1", "39, 2, 0", "47, 1, 0"})
    @DisplayName("3.3.1.1 MOIS weaknesses: all 47 → 2, ≥ 85 % (40 of 47) → 1, fewer than 2 certified tools → 0")
    void securityWeaknesses(int checked, int tools, String expected) {
        assertThat(suggest("3.3.1.1", new SecurityWeaknessRule.Facts(checked, tools))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "person {0}, measures {1} → {2}")
    @CsvSource({"true, true, 2", "true, false, 0", "false, true, 0"})
    @DisplayName("3.3.2.1 incident response: a responsible person and response measures → 2")
    void incidentResponse(boolean person, boolean measures, String expected) {
        assertThat(suggest("3.3.2.1", new IncidentResponse(person, measures))).isEqualTo(expected);
    }
}
