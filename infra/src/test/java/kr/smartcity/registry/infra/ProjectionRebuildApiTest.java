package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rebuilding projections through the admin API: every read model comes back document by document as it was
 * before, and the status list follows the processors to the head of the event store.
 */
class ProjectionRebuildApiTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;

    @BeforeAll
    static void startWithSomeHistory() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        Instant now = Instant.now();
        post("/api/v1/rounds", "operator",
                Requests.announceRound("R-REBUILD", now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)), 201);
        String accepted = post("/api/v1/rounds/R-REBUILD/applications", "applicant",
                Requests.application("재구축 횡단보도"), 201).get("applicationId").asText();
        post("/api/v1/rounds/R-REBUILD/applications", "applicant", Requests.application("재구축 주차 안내"), 201);
        post("/api/v1/applications/" + accepted + "/preliminary-review", "operator", "{\"decision\": \"ACCEPT\"}", 200);
        post("/api/v1/applications/" + accepted + "/committee", "operator", "{\"evaluators\": [\"evaluator1\"]}", 200);
        LocalDate from = LocalDate.now().minusMonths(3);
        for (String number : new String[] {"SCS-2024-E-0201", "SCS-2024-E-0202"}) {
            post("/api/v1/certifications/imports", "ministry", """
                    {"certificateNumber": "%s", "roundId": "2024", "holderNames": ["그린에너지(주)"],
                     "serviceNameKo": "스마트 가로등", "serviceNameEn": "Smart streetlight",
                     "field": "ENVIRONMENT_ENERGY", "level": "L1", "region": "부산광역시",
                     "areaScores": {"1": 24, "2": 38.5, "3": 15}, "totalScore": 77.5,
                     "validFrom": "%s", "validUntil": "%s"}""".formatted(number, from, from.plusYears(2)), 201);
        }
        post("/api/v1/certifications/SCS-2024-E-0202/suspension", "ministry", "{\"reason\": \"장비 중단\"}", 200);
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

    /** Every processor running (not replaying) and at the head of the event store. */
    private static void awaitAllCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode processors = api.get("/api/v1/admin/projections", "admin").json();
            assertThat(processors.findValuesAsText("name")).contains("applications", "registry", "audit");
            for (JsonNode processor : processors) {
                assertThat(processor.get("status").asText()).as(processor.toString()).isEqualTo("running");
                assertThat(processor.get("position").isNull()).as(processor.toString()).isFalse();
                assertThat(processor.get("position").asLong()).as(processor.toString())
                        .isEqualTo(processor.get("head").asLong());
            }
        });
    }

    private static Map<String, JsonNode> byKey(JsonNode items, String key) {
        Map<String, JsonNode> documents = new TreeMap<>();
        items.forEach(item -> documents.put(item.get(key).asText(), item));
        return documents;
    }

    /** What the read models answer: each application, each certification with its history, each audit entry. */
    private static Map<String, Map<String, JsonNode>> readModels() {
        Map<String, JsonNode> certifications = new TreeMap<>();
        api.get("/api/v1/certifications?size=100", null).json().get("items").findValuesAsText("certificateNumber")
                .forEach(number -> certifications.put(number,
                        api.get("/api/v1/certifications/" + number, null).json()));
        return Map.of(
                "applications", byKey(api.get("/api/v1/applications", "operator").json(), "applicationId"),
                "registry", certifications,
                "audit", byKey(api.get("/api/v1/audit?size=100", "ministry").json().get("items"), "eventId"));
    }

    @Test
    void rebuiltProjectionsHoldTheSameDocumentsAsBefore() {
        awaitAllCaughtUp();
        Map<String, Map<String, JsonNode>> before = readModels();
        assertThat(before.get("applications")).hasSize(2);
        assertThat(before.get("registry")).hasSize(2);
        assertThat(before.get("audit")).isNotEmpty();

        for (String name : new String[] {"registry", "applications", "audit"}) {
            post("/api/v1/admin/projections/" + name + "/rebuild", "admin", "", 202);
        }
        awaitAllCaughtUp();

        Map<String, Map<String, JsonNode>> after = readModels();
        for (String model : before.keySet()) {
            assertThat(after.get(model)).as(model).containsExactlyEntriesOf(before.get(model));
        }
    }

    @Test
    void onlyAnAdminRebuildsAndOnlyWhatExists() {
        assertThat(api.get("/api/v1/admin/projections", "ministry").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/projections/registry/rebuild", "operator", "").status()).isEqualTo(403);
        var unknown = api.post("/api/v1/admin/projections/nonexistent/rebuild", "admin", "");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
    }
}
