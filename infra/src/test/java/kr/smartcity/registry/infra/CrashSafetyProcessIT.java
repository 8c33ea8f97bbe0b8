package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged data is lost on a hard crash: the registry is killed with SIGKILL right after
 * acknowledging a burst of commands; after a restart every acknowledged command's event is in
 * the store exactly once and the read model holds exactly the applications the events describe.
 */
class CrashSafetyProcessIT {

    private static final int APPLICATIONS = 20;

    @TempDir
    Path work;

    @Test
    void killMinusNineRightAfterAcknowledgedCommandsLosesNothing() throws Exception {
        Path dataDir = work.resolve("data");
        RegistryProcess first = RegistryProcess.start(dataDir, work.resolve("first.log"));
        RegistryClient api = first.client();
        Instant now = Instant.now();
        assertThat(api.post("/api/v1/rounds", "operator",
                Requests.announceRound("R-CRASH", now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS)))
                .status()).isEqualTo(201);
        Set<String> acknowledged = new HashSet<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            var ack = api.post("/api/v1/rounds/R-CRASH/applications", "applicant", Requests.application("서비스 " + i));
            assertThat(ack.status()).as(ack.body()).isEqualTo(201);
            acknowledged.add(ack.json().get("applicationId").asText());
        }
        first.kill();

        RegistryProcess second = RegistryProcess.start(dataDir, work.resolve("second.log"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(applicationIdsInReadModel(second.client())).hasSize(APPLICATIONS));
        List<String> projected = applicationIdsInReadModel(second.client());
        second.stop();

        List<String> stored = EventStoreFile.submittedApplications(dataDir);
        assertThat(stored).hasSize(APPLICATIONS).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(projected).containsExactlyInAnyOrderElementsOf(stored);
    }

    private static List<String> applicationIdsInReadModel(RegistryClient api) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/applications?roundId=R-CRASH", "operator").json()
                .forEach(application -> ids.add(application.get("applicationId").asText()));
        return ids;
    }
}
