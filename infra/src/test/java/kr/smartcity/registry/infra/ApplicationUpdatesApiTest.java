package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 5: a staff page following one case hears each change of it (a subscription query, streamed as events). */
class ApplicationUpdatesApiTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static String applicationId;

    @BeforeAll
    static void startWithOneApplication() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        Instant now = Instant.now();
        assertThat(api.post("/api/v1/rounds", "operator", Requests.announceRound("R-UPDATES",
                now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS))).status()).isEqualTo(201);
        applicationId = api.post("/api/v1/rounds/R-UPDATES/applications", "applicant",
                Requests.application("실시간 갱신 횡단보도")).json().get("applicationId").asText();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    /** The next {@code data:} line of the stream, waiting at most ten seconds. */
    private static String nextData(Iterator<String> lines) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.startsWith("data:")) {
                    return line;
                }
            }
            return "";
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theStreamTellsWhereTheCaseStandsAndThenEachChange() throws Exception {
        try (Stream<String> stream = api.stream("/api/v1/applications/" + applicationId + "/updates", "operator")) {
            Iterator<String> lines = stream.iterator();
            assertThat(nextData(lines)).contains("\"state\":\"SUBMITTED\"");

            assertThat(api.post("/api/v1/applications/" + applicationId + "/preliminary-review", "operator",
                    "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
            assertThat(nextData(lines)).contains("\"state\":\"ACCEPTED\"");
        }
    }

    @Test
    void oneCaseIsShownOnlyToWhoMaySeeIt() {
        assertThat(api.get("/api/v1/applications/" + applicationId, "applicant").json().get("state").asText())
                .isNotBlank();
        var evaluator = api.get("/api/v1/applications/" + applicationId + "/updates", "evaluator1");
        assertThat(evaluator.status()).as(evaluator.body()).isEqualTo(403);
        assertThat(api.get("/api/v1/applications/" + applicationId, "evaluator1").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/applications/nothing/updates", "operator").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/applications/" + applicationId, null).status()).isEqualTo(401);
    }
}
