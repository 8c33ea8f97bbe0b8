package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

/** Certifications put into a registry through the ministry's import, for tests of what the public sees of them. */
final class ImportedCertifications {

    private ImportedCertifications() {
    }

    /** Imports one and waits until the public registry shows it with {@code status}. */
    static void add(RegistryClient api, String number, String serviceNameKo, LocalDate from, LocalDate until,
                    String status) {
        var imported = api.post("/api/v1/certifications/imports", "ministry",
                Requests.importedCertification(number, serviceNameKo, from, until));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var verify = api.get("/api/v1/verify/" + number, null);
            assertThat(verify.status()).as(verify.body()).isEqualTo(200);
            assertThat(verify.json().get("status").asText()).isEqualTo(status);
        });
    }
}
