package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.command.api.ApplicationStatus;

/**
 * Rebuilding projections through the admin API (issue 5): over the demo data set, which feeds every read model,
 * each collection comes back document by document as it was before, and the status list follows the processors
 * back to the head of the event store with the rate of each rebuild.
 */
class ProjectionRebuildApiTest {

    /** Collections that no projection writes: the tokens, and the staff accounts with their change log. */
    private static final Set<String> NOT_READ_MODELS = Set.of("tracking_tokens", "accounts", "account_changes");

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;

    @BeforeAll
    static void startWithTheDemoData() {
        registry = RunningRegistry.startWithDemoData(dataDir);
        api = registry.client();
        // The demo's last event of its own making: a supplement deadline that lapses a few seconds after loading.
        await().atMost(Duration.ofSeconds(120)).until(() -> api.get("/api/v1/applications", "operator").json()
                .findValuesAsText("state").contains(ApplicationStatus.SUPPLEMENT_LAPSED.name()));
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    /** Every processor running (not replaying) and at the head of the event store. */
    private static JsonNode awaitAllCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (JsonNode processor : api.get("/api/v1/admin/projections", "admin").json()) {
                assertThat(processor.get("status").asText()).as(processor.toString()).isEqualTo("running");
                assertThat(processor.get("position").asLong()).as(processor.toString())
                        .isEqualTo(processor.get("head").asLong());
            }
        });
        return api.get("/api/v1/admin/projections", "admin").json();
    }

    /** Every document of every read-model collection, by collection and id, as stored. */
    private static Map<String, List<Document>> readModels() {
        MongoTemplate mongo = registry.bean(MongoTemplate.class);
        Map<String, List<Document>> collections = new TreeMap<>();
        mongo.getCollectionNames().stream().filter(name -> !NOT_READ_MODELS.contains(name)).forEach(name ->
                collections.put(name, mongo.find(new Query().with(Sort.by("_id")), Document.class, name)));
        return collections;
    }

    @Test
    void rebuildingEveryProjectionGivesBackTheSameDocuments() {
        awaitAllCaughtUp();
        Map<String, List<Document>> before = readModels();
        assertThat(before).containsKeys("applications", "registry_entries", "audit_trail", "scorecards",
                "monitoring_schedule", "statistics_certifications");
        before.forEach((name, documents) -> assertThat(documents).as(name).isNotEmpty());

        var rebuilt = api.post("/api/v1/admin/projections/rebuild", "admin", "");
        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(202);
        assertThat(rebuilt.json()).hasSizeGreaterThanOrEqualTo(6);
        JsonNode processors = awaitAllCaughtUp();

        Map<String, List<Document>> after = readModels();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, documents) -> assertThat(after.get(name)).as(name).isEqualTo(documents));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (JsonNode processor : api.get("/api/v1/admin/projections", "admin").json()) {
                JsonNode last = processor.get("lastRebuild");
                assertThat(last.isNull()).as(processor.toString()).isFalse();
                assertThat(last.get("events").asLong()).as(processor.toString()).isPositive();
            }
        });
        assertThat(processors).hasSize(rebuilt.json().size());
    }

    @Test
    void onlyAnAdminRebuildsAndOnlyWhatExists() {
        assertThat(api.get("/api/v1/admin/projections", "ministry").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/projections/registry/rebuild", "operator", "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/projections/rebuild", "ministry", "").status()).isEqualTo(403);
        var unknown = api.post("/api/v1/admin/projections/nonexistent/rebuild", "admin", "");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
    }
}
