package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ministry's audit trail through the API: an evaluator's score change, with who, which indicator and
 * before → after, as JSON and as CSV; no one but the ministry may read it.
 */
class AuditTrailApiTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static String applicationId;

    @BeforeAll
    static void startAndScore() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        Instant now = Instant.now();
        post("/api/v1/rounds", "operator",
                Requests.announceRound("R-AUDIT", now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)), 201);
        applicationId = post("/api/v1/rounds/R-AUDIT/applications", "applicant",
                Requests.application("감사 추적 횡단보도"), 201).get("applicationId").asText();
        post("/api/v1/applications/" + applicationId + "/preliminary-review", "operator",
                "{\"decision\": \"ACCEPT\"}", 200);
        post("/api/v1/applications/" + applicationId + "/committee", "operator",
                "{\"evaluators\": [\"evaluator1\"]}", 200);
        score("2", "설문 응답률 확인");
        score("3", "언론 보도 추가 확인");
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static JsonNode post(String path, String account, String json, int status) {
        var response = api.post(path, account, json);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : response.json();
    }

    private static void score(String points, String rationale) {
        var response = api.put("/api/v1/applications/" + applicationId + "/score-sheets/mine/1.1.1.1", "evaluator1",
                """
                {"points": %s, "basis": "시민 인지도 설문", "rationale": "%s"}""".formatted(points, rationale));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theMinistrySeesAnEvaluatorsScoreChangeWithBeforeAndAfter() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var trail = api.get("/api/v1/audit?applicationId=" + applicationId + "&actor=evaluator1&indicator=1.1.1.1",
                    "ministry");
            assertThat(trail.status()).as(trail.body()).isEqualTo(200);
            JsonNode change = trail.json().get("items").get(0);
            assertThat(change.get("event").asText()).isEqualTo("IndicatorScoreChangedEvent");
            assertThat(change.get("roles").get(0).asText()).isEqualTo("EVALUATOR");
            assertThat(change.get("before").asText()).isEqualTo("2");
            assertThat(change.get("after").asText()).isEqualTo("3");
            assertThat(change.get("reason").asText()).isEqualTo("언론 보도 추가 확인");
            assertThat(trail.json().get("totalItems").asLong()).isEqualTo(2);
        });
        JsonNode whole = api.get("/api/v1/audit?applicationId=" + applicationId, "ministry").json();
        assertThat(whole.get("items").findValuesAsText("actor")).contains("applicant", "operator", "evaluator1");
    }

    @Test
    void theTrailExportsAsCsvThatExcelReadsAsUtf8() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var csv = api.download("/api/v1/audit.csv?applicationId=" + applicationId + "&actor=evaluator1",
                    "ministry");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.body()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text.lines()).hasSize(3);
            assertThat(text).contains("IndicatorScoreChangedEvent", ",2,3,", "언론 보도 추가 확인");
        });
    }

    /** The query handler decides (issue 5: query authorisation), and its refusal reaches the caller as a 403. */
    @Test
    void onlyTheMinistryAndTheAdminReadTheTrail() {
        var refused = api.get("/api/v1/audit", "operator");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
        assertThat(api.get("/api/v1/audit.csv", "evaluator1").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/audit", "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/audit?from=yesterday", "ministry").status()).isEqualTo(400);
    }
}
