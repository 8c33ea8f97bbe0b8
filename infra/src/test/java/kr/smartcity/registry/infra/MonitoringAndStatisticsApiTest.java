package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.command.api.Seoul;

/**
 * The monitoring schedule and the statistics through HTTP over a real registry: imported certifications, a
 * monitoring check and an application in a round; who may read the schedule (the query handler decides); the
 * statistics for anyone; both read models rebuilt to the same answers.
 */
class MonitoringAndStatisticsApiTest {

    /** Valid until about five months from today: its re-review falls due in about two months. */
    private static final String DUE_SOON = "SCS-2024-E-0301";
    /** Valid until 20 days from today: its re-review opened by itself at import. */
    private static final String ENDING = "SCS-2024-E-0302";

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static LocalDate today;
    private static LocalDate dueSoonUntil;

    @BeforeAll
    static void startWithCertifications() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        today = LocalDate.now(Seoul.ZONE);
        dueSoonUntil = today.plusMonths(5);
        importCertification(DUE_SOON, dueSoonUntil);
        importCertification(ENDING, today.plusDays(20));
        post("/api/v1/certifications/" + DUE_SOON + "/monitoring-checks", "monitor", """
                {"checkedOn": "%s", "scope": "서비스 운영 여부", "requirementsMet": true, "findings": "정상 운영",
                 "attachments": ["점검표.pdf"]}""".formatted(today), 201);
        Instant now = Instant.now();
        post("/api/v1/rounds", "operator",
                Requests.announceRound("R-STATS", now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)), 201);
        post("/api/v1/rounds/R-STATS/applications", "applicant", Requests.application("통계 횡단보도"), 201);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static void importCertification(String number, LocalDate validUntil) {
        post("/api/v1/certifications/imports", "ministry", """
                {"certificateNumber": "%s", "roundId": "2024", "holderNames": ["그린에너지(주)"],
                 "serviceNameKo": "스마트 가로등", "serviceNameEn": "Smart streetlight",
                 "field": "ENVIRONMENT_ENERGY", "level": "L1", "region": "부산광역시",
                 "areaScores": {"1": 24, "2": 38.5, "3": 15}, "totalScore": 77.5,
                 "validFrom": "%s", "validUntil": "%s"}""".formatted(number, validUntil.minusYears(2).plusDays(1),
                validUntil), 201);
    }

    private static void post(String path, String account, String json, int status) {
        var response = api.post(path, account, json);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    private static JsonNode get(String path, String account) {
        var response = api.get(path, account);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode awaitChecked(String account) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(get("/api/v1/monitoring/schedule", account).get("byLastCheck")
                        .findValuesAsText("lastCheckedOn")).contains(today.toString()));
        return get("/api/v1/monitoring/schedule", account);
    }

    private static JsonNode awaitStatistics() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode statistics = get("/api/v1/statistics", null);
            assertThat(statistics.get("certifications").findValuesAsText("status"))
                    .containsExactlyInAnyOrder("ACTIVE", "RE_REVIEW");
            assertThat(statistics.get("passRates").findValuesAsText("roundId")).containsExactly("R-STATS");
        });
        return get("/api/v1/statistics", null);
    }

    @Test
    void theScheduleListsTheReReviewComingDueTheExpiryAndTheLastCheck() {
        JsonNode schedule = awaitChecked("monitor");
        assertThat(schedule.get("today").asText()).isEqualTo(today.toString());
        JsonNode due = schedule.get("reReviewsDue").get(0);
        assertThat(due.get("certificateNumber").asText()).isEqualTo(DUE_SOON);
        assertThat(due.get("reReviewDueOn").asText()).isEqualTo(dueSoonUntil.plusDays(1).minusMonths(3).toString());
        assertThat(due.get("reReview").asText()).isEqualTo("NOT_OPENED");
        JsonNode ending = schedule.get("expiringWithin30Days").get(0);
        assertThat(ending.get("certificateNumber").asText()).isEqualTo(ENDING);
        assertThat(ending.get("status").asText()).isEqualTo("RE_REVIEW");
        assertThat(ending.get("reReview").asText()).isEqualTo("OPEN");
        assertThat(schedule.get("expiringWithin90Days").findValuesAsText("certificateNumber")).containsExactly(ENDING);
        assertThat(schedule.get("byLastCheck").findValuesAsText("certificateNumber")).containsExactly(ENDING, DUE_SOON);
    }

    @Test
    void onALaterDayTheReReviewNotOpenedIsOverdue() {
        awaitChecked("ministry");
        LocalDate afterDue = dueSoonUntil.minusMonths(1);
        JsonNode later = get("/api/v1/monitoring/schedule?on=" + afterDue, "ministry");
        assertThat(later.get("reReviewsOverdue").findValuesAsText("certificateNumber")).containsExactly(DUE_SOON);
        assertThat(later.get("reReviewsDue")).isEmpty();

        var bad = api.get("/api/v1/monitoring/schedule?on=next-week", "ministry");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("invalid");
    }

    @Test
    void aCertificationsChecksNameWhoChecked() {
        awaitChecked("operator");
        JsonNode checks = get("/api/v1/monitoring/certifications/" + DUE_SOON + "/checks", "operator");
        assertThat(checks.get("lastCheckedOn").asText()).isEqualTo(today.toString());
        JsonNode check = checks.get("checks").get(0);
        assertThat(check.get("checkedBy").asText()).isEqualTo("monitor");
        assertThat(check.get("findings").asText()).isEqualTo("정상 운영");
        assertThat(check.get("requirementsMet").asBoolean()).isTrue();

        var unknown = api.get("/api/v1/monitoring/certifications/SCS-1999-X-0000/checks", "monitor");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
    }

    /** The query handler decides (issue 5: query authorisation); its refusal reaches the caller as a 403. */
    @Test
    void onlyMonitoringStaffTheMinistryTheOperatorAndTheAdminReadTheSchedule() {
        for (String account : new String[] {"monitor", "ministry", "operator", "admin"}) {
            assertThat(api.get("/api/v1/monitoring/schedule", account).status()).as(account).isEqualTo(200);
        }
        for (String account : new String[] {"evaluator1", "applicant"}) {
            var refused = api.get("/api/v1/monitoring/schedule", account);
            assertThat(refused.status()).as(account).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
            assertThat(api.get("/api/v1/monitoring/certifications/" + DUE_SOON + "/checks", account).status())
                    .as(account).isEqualTo(403);
        }
        assertThat(api.get("/api/v1/monitoring/schedule", null).status()).isEqualTo(401);
    }

    @Test
    void theStatisticsArePublicAndCountByYearFieldLevelAndStatus() {
        JsonNode statistics = awaitStatistics();
        for (JsonNode count : statistics.get("certifications")) {
            assertThat(count.get("field").asText()).isEqualTo("ENVIRONMENT_ENERGY");
            assertThat(count.get("level").asText()).isEqualTo("L1");
            assertThat(count.get("count").asLong()).isEqualTo(1);
        }
        JsonNode round = statistics.get("passRates").get(0);
        assertThat(round.get("submitted").asLong()).isEqualTo(1);
        assertThat(round.get("decided").asLong()).isZero();
        assertThat(round.get("passRatePercent").isNull()).isTrue();
        for (String account : new String[] {"applicant", "evaluator1", "monitor"}) {
            assertThat(api.get("/api/v1/statistics", account).status()).as(account).isEqualTo(200);
        }
    }

    @Test
    void bothReadModelsRebuildToTheSameAnswers() {
        JsonNode schedule = awaitChecked("admin");
        JsonNode statistics = awaitStatistics();
        JsonNode checks = get("/api/v1/monitoring/certifications/" + DUE_SOON + "/checks", "admin");
        assertThat(get("/api/v1/admin/projections", "admin").findValuesAsText("name"))
                .contains("monitoring", "statistics");

        post("/api/v1/admin/projections/monitoring/rebuild", "admin", "", 202);
        post("/api/v1/admin/projections/statistics/rebuild", "admin", "", 202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(get("/api/v1/monitoring/schedule", "admin")).isEqualTo(schedule);
            assertThat(get("/api/v1/monitoring/certifications/" + DUE_SOON + "/checks", "admin")).isEqualTo(checks);
            assertThat(get("/api/v1/statistics", null)).isEqualTo(statistics);
        });
    }
}
