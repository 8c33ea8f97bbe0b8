package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * Demo mode shows a living registry: certifications in every field, level and status, and
 * applications in every state, all loaded through the commands, once per data directory.
 */
class DemoDataTest {

    @TempDir
    Path dataDir;

    @Test
    void theDemoDataSetCoversEveryFieldLevelStatusAndState() {
        try (RunningRegistry registry = RunningRegistry.startWithDemoData(dataDir)) {
            RegistryClient api = registry.client();
            Set<String> everyState = names(ApplicationStatus.values());
            everyState.remove(ApplicationStatus.SUPPLEMENT_LAPSED.name()); // lapses a few seconds after loading
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    assertThat(values(api.get("/api/v1/applications", "operator").json(), "state"))
                            .containsAll(everyState).contains(ApplicationStatus.SUPPLEMENT_LAPSED.name()));

            JsonNode registryPage = api.get("/api/v1/certifications?size=100", null).json();
            assertThat(values(registryPage.get("items"), "status")).containsAll(names(CertificationStatus.values()));
            assertThat(values(registryPage.get("items"), "field")).containsAll(names(ServiceField.values()));
            assertThat(values(registryPage.get("items"), "level")).containsAll(names(ServiceLevel.values()));
        }
    }

    private static Set<String> values(JsonNode items, String field) {
        Set<String> values = new TreeSet<>();
        items.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
