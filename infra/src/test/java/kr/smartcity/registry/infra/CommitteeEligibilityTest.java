package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An evaluator is tied to the rounds they serve (issue "Staff workspace and security", Accounts): the committee of a
 * case takes only enabled evaluator accounts that serve the case's round, or that are tied to no round (a standing
 * pool, like the demo evaluators). Anyone else is refused with 400 and nothing changes.
 */
class CommitteeEligibilityTest {

    private static final String PASSWORD = "committee-password-2026";

    private static StaffPages pages;
    private static RegistryClient api;
    private static String applicationId;

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
        api = pages.api();
        create("eval-2023-only", "[\"2023\"]");
        create("eval-disabled", "[]");
        assertThat(api.post("/api/v1/admin/accounts/eval-disabled/disable", "admin", "{}").status()).isEqualTo(200);
        String currentRound = String.valueOf(Year.now(ZoneId.of("Asia/Seoul")).getValue());
        RegistryClient.Response submitted = api.post("/api/v1/rounds/" + currentRound + "/applications", "applicant",
                Requests.application("위원 자격 확인용 서비스"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        applicationId = submitted.json().get("applicationId").asText();
        assertThat(api.post("/api/v1/applications/" + applicationId + "/preliminary-review", "operator",
                "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
    }

    @Test
    void anEvaluatorTiedToOtherRoundsIsRefusedAndNothingChanges() {
        long events = pages.storedEvents();

        RegistryClient.Response refused = assign("\"evaluator1\", \"eval-2023-only\"");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("eval-2023-only").doesNotContain("evaluator1,");
        assertThat(pages.eventsAfter(events)).isEmpty();
    }

    @Test
    void aDisabledOrUnknownAccountIsRefused() {
        assertThat(assign("\"eval-disabled\"").status()).isEqualTo(400);
        assertThat(assign("\"operator\"").status()).isEqualTo(400);
        assertThat(assign("\"nobody-here\"").status()).isEqualTo(400);
    }

    @Test
    void anEvaluatorOfTheStandingPoolIsAssigned() {
        assertThat(assign("\"evaluator2\"").status()).isEqualTo(200);
    }

    private static RegistryClient.Response assign(String evaluators) {
        return api.post("/api/v1/applications/" + applicationId + "/committee", "operator",
                "{\"evaluators\": [" + evaluators + "]}");
    }

    private static void create(String name, String rounds) {
        RegistryClient.Response created = api.post("/api/v1/admin/accounts", "admin", """
                {"name": "%s", "displayName": "%s", "roles": ["EVALUATOR"], "password": "%s", "rounds": %s}
                """.formatted(name, name, PASSWORD, rounds));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
    }
}
