package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * R7, the backup and restore procedure of docs/operations.md, as an operator runs it: an online backup taken through
 * the admin API while commands keep arriving, restored with {@code --registry.restore} into an empty directory, then
 * started. The restore's read models are compared document by document with a clean rebuild of the original's
 * events up to the backup's last one; every command acknowledged before the backup began is in it, the accounts come
 * back as they were and the event chain verifies.
 */
class BackupRestoreProcessIT {

    private static final int HISTORY = 100;
    private static final List<String> ACCOUNTS = List.of("accounts", "account_changes");

    @TempDir
    Path work;

    @Test
    void anOnlineBackupRestoresIntoTheSameReadModels() throws Exception {
        Path original = work.resolve("original");
        RegistryProcess registry = RegistryProcess.start(original, work.resolve("original.log"),
                "--registry.generator.certifications=" + HISTORY, RegistryProcess.IMPORTS_ONLY);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Files.readString(work.resolve("original.log")).contains("History generated"));
        RegistryClient api = registry.client();
        Instant now = Instant.now();
        assertThat(api.post("/api/v1/rounds", "operator", Requests.announceRound("R-BACKUP",
                now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS))).status()).isEqualTo(201);

        Submissions submissions = new Submissions(api);
        Thread sender = new Thread(submissions::sendUntilStopped);
        sender.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> submissions.acknowledged.size() >= 5);
        List<String> acknowledgedBefore = List.copyOf(submissions.acknowledged);
        RegistryClient.Response backup = api.post("/api/v1/admin/backups", "admin", "");
        int acknowledgedAtBackup = submissions.acknowledged.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> submissions.acknowledged.size() >= acknowledgedAtBackup + 5);
        submissions.stop();
        sender.join();
        registry.stop();

        assertThat(backup.status()).as(backup.body()).isEqualTo(201);
        assertThat(submissions.failures).as("every command sent during the backup is acknowledged").isEmpty();
        JsonNode made = backup.json();
        Path archive = Path.of(made.get("path").asText());
        assertThat(archive).startsWith(original.resolve("backups").toAbsolutePath()).isRegularFile();
        assertThat(made.get("sizeBytes").asLong()).isEqualTo(Files.size(archive));
        long lastPosition = made.get("lastPosition").asLong();

        // The documented restore: refused over a directory in use, done into an empty one; the chain verifies.
        assertThat(RegistryProcess.run(work.resolve("refused.log"), "--registry.restore=" + archive,
                "--registry.data-dir=" + original)).isEqualTo(2);
        assertThat(Files.readString(work.resolve("refused.log"))).contains("is not empty");
        Path restored = work.resolve("restored");
        Files.createDirectories(restored);
        assertThat(RegistryProcess.run(work.resolve("restore.log"), "--registry.restore=" + archive,
                "--registry.data-dir=" + restored)).as(Files.readString(work.resolve("restore.log"))).isEqualTo(0);
        assertThat(RegistryProcess.run(work.resolve("verify.log"), "--registry.verify-chain",
                "--registry.data-dir=" + restored)).as(Files.readString(work.resolve("verify.log"))).isEqualTo(0);
        assertThat(EventStoreFile.submittedApplications(restored)).containsAll(acknowledgedBefore)
                .hasSizeLessThan(submissions.acknowledged.size());
        assertThat(eventsIn(restored)).isEqualTo(made.get("events").asLong());

        // The clean rebuild to compare with: the original's events up to the backup's last one, and no read store.
        Path rebuilt = work.resolve("rebuilt");
        Files.createDirectories(rebuilt);
        Files.copy(original.resolve("event-store.mv.db"), rebuilt.resolve("event-store.mv.db"));
        keepEventsUpTo(rebuilt, lastPosition);
        assertThat(eventsIn(rebuilt)).as("no event missing from the backup below its last position")
                .isEqualTo(made.get("events").asLong());

        Map<String, List<Document>> restoredModels = readModelsAfterStart(restored, "restored");
        Map<String, List<Document>> rebuiltModels = readModelsAfterStart(rebuilt, "rebuilt");
        Map<String, List<Document>> originalModels = ReadStoreFile.documents(original);
        for (String accounts : ACCOUNTS) {
            assertThat(restoredModels.get(accounts)).as(accounts).isEqualTo(originalModels.get(accounts));
        }
        assertThat(restoredModels.get("registry_entries")).hasSize(HISTORY);
        assertThat(ReadStoreFile.differences(withoutAccounts(rebuiltModels), withoutAccounts(restoredModels)))
                .isEmpty();
    }

    /** Starts a registry over the directory, waits for its projections to reach the head, stops it, reads them. */
    private Map<String, List<Document>> readModelsAfterStart(Path dataDir, String name) throws Exception {
        RegistryProcess registry = RegistryProcess.start(dataDir, work.resolve(name + ".log"));
        registry.awaitCaughtUp();
        registry.stop();
        return ReadStoreFile.documents(dataDir);
    }

    private static Map<String, List<Document>> withoutAccounts(Map<String, List<Document>> collections) {
        Map<String, List<Document>> models = new TreeMap<>(collections);
        ACCOUNTS.forEach(models::remove);
        return models;
    }

    private static long eventsIn(Path dataDir) throws SQLException {
        try (Connection store = EventStoreFile.open(dataDir);
             ResultSet count = store.createStatement().executeQuery("SELECT COUNT(*) FROM DomainEventEntry")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void keepEventsUpTo(Path dataDir, long lastPosition) throws SQLException {
        try (Connection store = EventStoreFile.open(dataDir);
             PreparedStatement delete = store.prepareStatement("DELETE FROM DomainEventEntry WHERE globalIndex > ?")) {
            delete.setLong(1, lastPosition);
            assertThat(delete.executeUpdate()).as("events stored after the backup").isPositive();
        }
    }

    /** Applications submitted one after another (one writer: global positions in commit order) until stopped. */
    private static final class Submissions {

        private final RegistryClient api;
        private final List<String> acknowledged = new CopyOnWriteArrayList<>();
        private final List<String> failures = new CopyOnWriteArrayList<>();
        private final AtomicBoolean stopped = new AtomicBoolean();

        Submissions(RegistryClient api) {
            this.api = api;
        }

        void sendUntilStopped() {
            for (int i = 0; !stopped.get(); i++) {
                RegistryClient.Response answer = api.post("/api/v1/rounds/R-BACKUP/applications", "applicant",
                        Requests.application("백업 중 신청 " + i));
                if (answer.status() == 201) {
                    acknowledged.add(answer.json().get("applicationId").asText());
                } else {
                    failures.add(answer.status() + " " + answer.body());
                }
            }
        }

        void stop() {
            stopped.set(true);
        }
    }
}
