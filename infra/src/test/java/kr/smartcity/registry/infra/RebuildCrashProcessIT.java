package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, acceptance 2: a kill -9 while every projection is being rebuilt, followed by a restart, still ends in
 * the same documents as before the rebuild. The read store is compared file to file, collection by collection.
 */
class RebuildCrashProcessIT {

    private static final String HISTORY = "--registry.generator.certifications=1500";

    @TempDir
    Path work;

    @Test
    void aRebuildKilledHalfWayEndsInTheSameDocumentsAfterARestart() throws Exception {
        Path dataDir = work.resolve("data");
        RegistryProcess first = RegistryProcess.start(dataDir, work.resolve("first.log"), HISTORY,
                RegistryProcess.IMPORTS_ONLY);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2))
                .until(() -> Files.readString(work.resolve("first.log")).contains("History generated"));
        first.awaitCaughtUp();
        first.stop();
        Map<String, List<Document>> before = ReadStoreFile.documents(dataDir);
        assertThat(before.get("registry_entries")).hasSize(1500);

        RegistryProcess second = RegistryProcess.start(dataDir, work.resolve("second.log"));
        RegistryClient api = second.client();
        assertThat(api.post("/api/v1/admin/projections/rebuild", "admin", "").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/api/v1/admin/projections", "admin").json().findValuesAsText("status")
                        .contains("replaying"));
        second.kill();

        RegistryProcess third = RegistryProcess.start(dataDir, work.resolve("third.log"));
        third.awaitCaughtUp();
        third.stop();
        Map<String, List<Document>> after = ReadStoreFile.documents(dataDir);

        assertThat(ReadStoreFile.differences(before, after)).isEmpty();
    }
}
