package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.infra.integrity.VerifyChainRun;

/**
 * Tamper-evident history (issue 7, ADR 0006): events written through the registry carry chain hashes; an event
 * edited or deleted in the database afterwards is what the verifier reports, from the admin API and from the command
 * line; events stored before chaining are reported as unchained; the public daily digest covers the days before.
 */
class TamperEvidentHistoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    /** What {@link #writeHistory} made: an application accepted and put to a committee, and one evaluator's sheet. */
    private record History(String applicationId, String sheetId) {
    }

    /** One stored event, read straight from the database file. */
    private record Row(String aggregateId, long sequence, String eventId, byte[] payload, JsonNode metadata) {
    }

    /** The registry one day later, as a restart the next day sees it. */
    @Configuration
    static class TheNextDay {

        @Bean
        @Primary
        Clock nextDay() {
            return Clock.offset(Clock.system(Seoul.ZONE), Duration.ofDays(1));
        }
    }

    /** An upcaster that changes every announced round as it is read, as a schema change would. */
    @Configuration
    static class RoundsReadDifferently {

        @Bean
        SingleEventUpcaster criteriaVersionRewritten() {
            return new SingleEventUpcaster() {
                @Override
                protected boolean canUpcast(IntermediateEventRepresentation event) {
                    return event.getType().getName().equals(RoundAnnouncedEvent.class.getName());
                }

                @Override
                protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
                    return event.upcastPayload(event.getType(), JsonNode.class,
                            json -> ((ObjectNode) json).put("criteriaVersion", "2023-upcast"));
                }
            };
        }
    }

    /**
     * A round, an application accepted and put to a committee (one unit of work appends to the application and
     * opens a score sheet), two scores on the sheet, a second application withdrawn.
     */
    private static History writeHistory(RegistryClient api) {
        Instant now = Instant.now();
        expect(api.post("/api/v1/rounds", "operator",
                Requests.announceRound("R-CHAIN", now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS))), 201);
        String applicationId = expect(api.post("/api/v1/rounds/R-CHAIN/applications", "applicant",
                Requests.application("해시 체인 횡단보도")), 201).json().get("applicationId").asText();
        expect(api.post("/api/v1/applications/" + applicationId + "/preliminary-review", "operator",
                "{\"decision\": \"ACCEPT\"}"), 200);
        expect(api.post("/api/v1/applications/" + applicationId + "/committee", "operator",
                "{\"evaluators\": [\"evaluator1\"]}"), 200);
        for (String points : List.of("2", "3")) {
            expect(api.put("/api/v1/applications/" + applicationId + "/score-sheets/mine/1.1.1.1", "evaluator1",
                    """
                    {"points": %s, "basis": "시민 인지도 설문", "rationale": "설문 확인 %s"}""".formatted(points, points)),
                    200);
        }
        String withdrawn = expect(api.post("/api/v1/rounds/R-CHAIN/applications", "applicant",
                Requests.application("철회할 서비스")), 201).json().get("applicationId").asText();
        expect(api.post("/api/v1/applications/" + withdrawn + "/withdrawal", "applicant",
                "{\"reason\": \"사업 종료\"}"), 200);
        return new History(applicationId, applicationId + "/evaluator1");
    }

    private static RegistryClient.Response expect(RegistryClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static JsonNode integrity(RegistryClient api) {
        return expect(api.get("/api/v1/admin/integrity", "admin"), 200).json();
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("event-store"),
                "registry", "");
    }

    private List<Row> storedEvents() throws SQLException, IOException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = database();
             ResultSet result = connection.createStatement().executeQuery("SELECT aggregateIdentifier, sequenceNumber,"
                     + " eventIdentifier, payload, metaData FROM DomainEventEntry ORDER BY globalIndex")) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getLong(2), result.getString(3), result.getBytes(4),
                        JSON.readTree(result.getBytes(5))));
            }
        }
        return rows;
    }

    private static Row event(List<Row> rows, String aggregateId, long sequence) {
        return rows.stream().filter(row -> row.aggregateId().equals(aggregateId) && row.sequence() == sequence)
                .findFirst().orElseThrow();
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    /** {@code java -jar registry.jar --registry.verify-chain} on the stopped registry's data, in this JVM. */
    private record CommandLineRun(int exitCode, String output) {
    }

    private CommandLineRun verifyFromTheCommandLine() {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String[] args = {"--registry.verify-chain", "--registry.data-dir=" + dataDir};
            assertThat(VerifyChainRun.requested(args)).isTrue();
            int exitCode = SpringApplication.exit(new SpringApplicationBuilder(RegistryApplication.class)
                    .run(VerifyChainRun.arguments(args)));
            return new CommandLineRun(exitCode, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }

    @Test
    void everyEventCarriesAHashChainedToTheOneBeforeItInItsAggregate() throws Exception {
        History history;
        JsonNode report;
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            RegistryClient api = registry.client();
            history = writeHistory(api);
            report = integrity(api);
            assertThat(api.get("/api/v1/admin/integrity", "operator").status()).isEqualTo(403);
            assertThat(api.get("/api/v1/admin/integrity", "ministry").status()).isEqualTo(403);
            assertThat(api.get("/api/v1/admin/integrity", null).status()).isEqualTo(401);
        }
        List<Row> rows = storedEvents();
        Set<String> hashes = new HashSet<>();
        rows.forEach(row -> hashes.add(row.metadata().path("chainHash").asText()));
        assertThat(hashes).hasSize(rows.size()).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(event(rows, history.applicationId(), 2).metadata().get("actor").asText()).isEqualTo("operator");
        assertThat(rows.stream().filter(row -> row.aggregateId().equals(history.sheetId()))).hasSize(3);

        assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
        JsonNode chain = report.get("chain");
        assertThat(chain.get("events").asLong()).isEqualTo(rows.size());
        assertThat(chain.get("chainedEvents").asLong()).isEqualTo(rows.size());
        assertThat(chain.get("unchainedEvents").asLong()).isZero();
        assertThat(chain.get("streams").asLong())
                .isEqualTo(rows.stream().map(Row::aggregateId).distinct().count());
        assertThat(chain.get("brokenLinks").asLong()).isZero();
        assertThat(chain.get("firstBrokenLink").isNull()).isTrue();
    }

    /**
     * The demo data set has every kind of unit of work: a decision appending to three aggregates, deadlines, retried
     * commands, many commands at once.
     */
    @Test
    void theDemoHistoryIsChainedThroughout() {
        try (RunningRegistry registry = RunningRegistry.startWithDemoData(dataDir)) {
            RegistryClient api = registry.client();
            // Every state reached, decisions among them; one supplement lapses by its deadline after loading.
            await().atMost(Duration.ofSeconds(120)).until(() -> api.get("/api/v1/applications", "operator").json()
                    .findValuesAsText("state").containsAll(Arrays.stream(ApplicationStatus.values())
                            .map(Enum::name).toList()));
            JsonNode report = integrity(api);
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("chain").get("chainedEvents").asLong()).isGreaterThan(100)
                    .isEqualTo(report.get("chain").get("events").asLong());
        }
    }

    @Test
    void anEventEditedOrDeletedInTheDatabaseIsWhereTheVerifierFindsTheChainBroken() throws Exception {
        History history;
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            history = writeHistory(registry.client());
        }
        assertThat(verifyFromTheCommandLine().exitCode()).isZero();

        // 예비검토 통과, edited in place: accepted "as originally submitted" instead.
        Row accepted = event(storedEvents(), history.applicationId(), 1);
        String original = new String(accepted.payload(), StandardCharsets.UTF_8);
        assertThat(original).contains("\"asOriginallySubmitted\":false");
        update("UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?",
                original.replace("\"asOriginallySubmitted\":false", "\"asOriginallySubmitted\":true")
                        .getBytes(StandardCharsets.UTF_8), accepted.eventId());

        CommandLineRun edited = verifyFromTheCommandLine();
        assertThat(edited.exitCode()).as(edited.output()).isEqualTo(1);
        assertThat(edited.output()).contains("NOT INTACT", "broken links: 1",
                "ALTERED at Application " + history.applicationId() + " #1 (event " + accepted.eventId() + ")");

        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            JsonNode report = integrity(registry.client());
            assertThat(report.get("intact").asBoolean()).isFalse();
            assertThat(report.get("chain").get("brokenLinks").asLong()).isEqualTo(1);
            JsonNode broken = report.get("chain").get("firstBrokenLink");
            assertThat(broken.get("eventId").asText()).isEqualTo(accepted.eventId());
            assertThat(broken.get("aggregateType").asText()).isEqualTo("Application");
            assertThat(broken.get("aggregateId").asText()).isEqualTo(history.applicationId());
            assertThat(broken.get("sequence").asLong()).isEqualTo(1);
            assertThat(broken.get("problem").asText()).isEqualTo("ALTERED");
            assertThat(broken.get("stored").asText()).isEqualTo(accepted.metadata().get("chainHash").asText())
                    .isNotEqualTo(broken.get("expected").asText());
        }

        // Put back, the chain holds again; then the evaluator's first score disappears from the middle of the sheet.
        update("UPDATE DomainEventEntry SET payload = ? WHERE eventIdentifier = ?",
                original.getBytes(StandardCharsets.UTF_8), accepted.eventId());
        assertThat(verifyFromTheCommandLine().exitCode()).isZero();
        Row secondScore = event(storedEvents(), history.sheetId(), 2);
        update("DELETE FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 1", history.sheetId());

        CommandLineRun deleted = verifyFromTheCommandLine();
        assertThat(deleted.exitCode()).as(deleted.output()).isEqualTo(1);
        assertThat(deleted.output()).contains("broken links: 1", "EVENTS_MISSING_BEFORE at ScoreSheet "
                + history.sheetId() + " #2 (event " + secondScore.eventId() + ")");
    }

    @Test
    void eventsStoredBeforeChainingAreReportedAsUnchainedAndLaterOnesChainAfterThem() throws Exception {
        History history;
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            history = writeHistory(registry.client());
        }
        List<Row> rows = storedEvents();
        for (Row row : rows) {
            ObjectNode metadata = (ObjectNode) row.metadata();
            metadata.remove("chainHash");
            update("UPDATE DomainEventEntry SET metaData = ? WHERE eventIdentifier = ?",
                    JSON.writeValueAsBytes(metadata), row.eventId());
        }

        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            RegistryClient api = registry.client();
            expect(api.post("/api/v1/rounds/R-CHAIN/schedule", "operator",
                    "{\"milestones\": {\"AWARD\": \"2030-12-20\"}, \"reason\": \"인증부여 일정 확정\"}"), 200);
            expect(api.post("/api/v1/applications/" + history.applicationId() + "/withdrawal", "applicant",
                    "{\"reason\": \"사업 종료\"}"), 200);
            JsonNode report = integrity(api);
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("chain").get("unchainedEvents").asLong()).isEqualTo(rows.size());
            assertThat(report.get("chain").get("chainedEvents").asLong()).isEqualTo(2);
            assertThat(report.get("chain").get("brokenLinks").asLong()).isZero();
        }
        assertThat(event(storedEvents(), "R-CHAIN", 1).metadata().has("chainHash")).isTrue();
    }

    @Test
    void anEventReadUpcastIsVerifiedAsItIsStored() {
        try (RunningRegistry registry = RunningRegistry.start(dataDir, new Class<?>[] {RoundsReadDifferently.class})) {
            RegistryClient api = registry.client();
            Instant now = Instant.now();
            expect(api.post("/api/v1/rounds", "operator", Requests.announceRound("R-UPCAST",
                    now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS))), 201);
            RoundAnnouncedEvent read = (RoundAnnouncedEvent) registry.bean(EventStore.class).readEvents("R-UPCAST")
                    .next().getPayload();
            assertThat(read.criteriaVersion()).isEqualTo("2023-upcast");
            JsonNode report = integrity(api);
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("chain").get("chainedEvents").asLong()).isEqualTo(1);
        }
    }

    @Test
    void theDailyDigestIsPublicAndCoversTheHistoryBeforeItsDay() throws Exception {
        LocalDate today = LocalDate.now(Seoul.ZONE);
        JsonNode first;
        try (RunningRegistry registry = RunningRegistry.start(dataDir)) {
            RegistryClient api = registry.client();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api.get("/api/v1/integrity/digest", null).status() == 200);
            first = api.get("/api/v1/integrity/digest", null).json();
            assertThat(first.get("date").asText()).isEqualTo(today.toString());
            assertThat(first.get("events").asLong()).isZero();
            assertThat(first.get("digest").asText()).matches("[0-9a-f]{64}");
            assertThat(first.has("computedAt")).isTrue();

            writeHistory(api);
            assertThat(api.get("/api/v1/integrity/digest", null).json()).isEqualTo(first);
        }
        int events = storedEvents().size();

        try (RunningRegistry registry = RunningRegistry.start(dataDir, new Class<?>[] {TheNextDay.class})) {
            RegistryClient api = registry.client();
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/integrity/digest", null).json()
                    .get("date").asText().equals(today.plusDays(1).toString()));
            JsonNode next = api.get("/api/v1/integrity/digest", null).json();
            assertThat(next.get("events").asLong()).isEqualTo(events);
            assertThat(next.get("digest").asText()).isNotEqualTo(first.get("digest").asText());

            JsonNode report = integrity(api);
            assertThat(report.get("intact").asBoolean()).as(report.toString()).isTrue();
            assertThat(report.get("matchesPublished").asBoolean()).isTrue();
            assertThat(report.get("digest").get("digest").asText()).isEqualTo(next.get("digest").asText());
            JsonNode yesterday = expect(api.get("/api/v1/admin/integrity?date=" + today, "admin"), 200).json();
            assertThat(yesterday.get("digest").get("digest").asText()).isEqualTo(first.get("digest").asText());
            assertThat(yesterday.get("matchesPublished").asBoolean()).isTrue();
        }
    }
}
