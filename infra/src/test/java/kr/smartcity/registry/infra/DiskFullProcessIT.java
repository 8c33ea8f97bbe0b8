package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, simulated with {@code ulimit -f} (root ignores file permissions; a write past the limit fails with
 * "File too large" as one past the end of a disk fails with "No space left"). At startup the registry refuses to
 * start with one clear reason; while running, a command whose events cannot be written is answered 503 and never
 * 2xx, and after a restart without the limit the event store holds exactly the acknowledged commands.
 */
class DiskFullProcessIT {

    /** The event store's file starts at about 370 KB: room for a few dozen applications. */
    private static final long LIMIT_KB = 1024;
    private static final int MOST_APPLICATIONS = 300;

    /** The read store is the test's, outside the limit: the drill is about the system of record, the events. */
    @RegisterExtension
    final InMemoryMongo readStore = new InMemoryMongo();

    @TempDir
    Path work;

    @Test
    void aDataDirectoryThatCannotBeWrittenEndsTheStartWithOneClearReason() throws Exception {
        Path notADirectory = Files.writeString(work.resolve("not-a-directory"), "a regular file");
        Path log = work.resolve("under-a-file.log");
        assertThat(RegistryProcess.run(log, "--server.port=0", "--registry.data-dir=" + notADirectory.resolve("data")))
                .isNotZero();
        assertClearReason(Files.readString(log), "not-a-directory/data");

        Path limitedLog = work.resolve("limited.log");
        assertThat(RegistryProcess.runWithFileSizeLimit(limitedLog, 8, "--server.port=0",
                "--registry.data-dir=" + work.resolve("limited"))).isNotZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertClearReason(Files.readString(limitedLog),
                "File too large"));
    }

    private static void assertClearReason(String log, String detail) {
        assertThat(log).contains("APPLICATION FAILED TO START").contains("cannot be written").contains(detail)
                .contains("--registry.data-dir=<another directory>");
        assertThat(log.lines().filter(line -> line.startsWith("\tat "))).as("no stack trace").isEmpty();
    }

    @Test
    void commandsPastAFullDiskAreRefusedAndEveryAcknowledgedOneIsKept() throws Exception {
        Path dataDir = work.resolve("data");
        String externalReadStore = "--spring.mongodb.uri=" + readStore.uri();
        RegistryProcess limited = RegistryProcess.startWithFileSizeLimit(dataDir, work.resolve("limited.log"),
                LIMIT_KB, externalReadStore);
        RegistryClient api = limited.client();
        Instant now = Instant.now();
        assertThat(api.post("/api/v1/rounds", "operator", Requests.announceRound("R-FULL",
                now.minus(1, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS))).status()).isEqualTo(201);

        List<String> acknowledged = new ArrayList<>();
        List<RegistryClient.Response> refused = new ArrayList<>();
        for (int i = 0; i < MOST_APPLICATIONS && refused.size() < 5; i++) {
            RegistryClient.Response answer = api.post("/api/v1/rounds/R-FULL/applications", "applicant",
                    Requests.application("디스크 시험 " + i));
            if (answer.status() / 100 == 2) {
                acknowledged.add(answer.json().get("applicationId").asText());
            } else {
                refused.add(answer);
            }
        }
        limited.kill();

        assertThat(acknowledged).as("some commands fit before the limit").isNotEmpty();
        assertThat(refused).as("commands past the limit are refused").isNotEmpty();
        for (RegistryClient.Response answer : refused) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.json().get("error").asText()).isEqualTo("store_unavailable");
            assertThat(answer.json().get("message").asText()).contains("저장소에 기록할 수 없어");
        }

        RegistryProcess restarted = RegistryProcess.start(dataDir, work.resolve("restarted.log"), externalReadStore);
        assertThat(restarted.client().post("/api/v1/rounds/R-FULL/applications", "applicant",
                Requests.application("공간 확보 후")).status()).as("writable again").isEqualTo(201);
        restarted.stop();
        List<String> stored = EventStoreFile.submittedApplications(dataDir);
        assertThat(stored).hasSize(acknowledged.size() + 1).containsAll(acknowledged);
    }
}
