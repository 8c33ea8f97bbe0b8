package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A certification's life after its award through the staff API, watched through the public API:
 * import, monitoring, suspension, reinstatement, re-review, revocation; an imported certificate
 * past its validity is expired on import.
 */
class CertificationLifecycleApiTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static String imported(String number, LocalDate from, LocalDate until) {
        return """
                {"certificateNumber": "%s", "roundId": "2022", "holderNames": ["그린에너지(주)"],
                 "serviceNameKo": "스마트 가로등 에너지 관리", "serviceNameEn": "Smart streetlight energy",
                 "field": "ENVIRONMENT_ENERGY", "level": "L1", "region": "부산광역시",
                 "areaScores": {"1": 24, "2": 38.5, "3": 15}, "totalScore": 77.5,
                 "validFrom": "%s", "validUntil": "%s"}
                """.formatted(number, from, until);
    }

    private static JsonNode publicView(String number) {
        return api.get("/api/v1/certifications/" + number, null).json();
    }

    private static void awaitStatus(String number, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var verify = api.get("/api/v1/verify/" + number, null);
            assertThat(verify.status()).as(verify.body()).isEqualTo(200);
            assertThat(verify.json().get("status").asText()).isEqualTo(status);
        });
    }

    private static void post(String path, String account, String json, int status) {
        var response = api.post(path, account, json);
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    @Test
    void aCertificationIsMonitoredSuspendedReinstatedReReviewedAndRevoked() {
        String no = "SCS-2024-E-0101";
        LocalDate from = LocalDate.now().minusMonths(6);
        post("/api/v1/certifications/imports", "ministry", imported(no, from, from.plusYears(2).minusDays(1)), 201);
        awaitStatus(no, "ACTIVE");
        assertThat(api.get("/api/v1/verify/" + no, null).json().get("valid").asBoolean()).isTrue();

        post("/api/v1/certifications/" + no + "/monitoring-checks", "monitor", """
                {"checkedOn": "%s", "scope": "서비스 운영 여부", "requirementsMet": false, "findings": "장비 중단",
                 "attachments": ["점검표.pdf"]}""".formatted(LocalDate.now()), 201);
        post("/api/v1/certifications/" + no + "/suspension", "ministry", "{\"reason\": \"장비 중단\"}", 200);
        awaitStatus(no, "SUSPENDED");
        assertThat(api.get("/api/v1/verify/" + no, null).json().get("valid").asBoolean()).isFalse();
        post("/api/v1/certifications/" + no + "/suspension", "ministry", "{\"reason\": \"다시\"}", 409);

        post("/api/v1/certifications/" + no + "/reinstatement", "ministry", "{\"reason\": \"시정 완료\"}", 200);
        awaitStatus(no, "ACTIVE");
        post("/api/v1/certifications/" + no + "/re-review", "monitor", "{\"reason\": \"민원 제기\"}", 200);
        awaitStatus(no, "RE_REVIEW");
        post("/api/v1/certifications/" + no + "/revocation", "ministry",
                "{\"reason\": \"허위 자료\", \"legalBasis\": \"스마트도시법 제32조\"}", 200);
        awaitStatus(no, "REVOKED");
        post("/api/v1/certifications/" + no + "/revocation", "ministry",
                "{\"reason\": \"다시\", \"legalBasis\": \"스마트도시법 제32조\"}", 409);

        JsonNode history = publicView(no).get("history");
        assertThat(history.findValuesAsText("event"))
                .containsExactly("IMPORTED", "SUSPENDED", "REINSTATED", "RE_REVIEW_OPENED", "REVOKED");
        assertThat(publicView(no).get("areaScores").get("2").decimalValue()).isEqualByComparingTo("38.5");
    }

    @Test
    void anImportedCertificationPastItsValidityIsExpired() {
        String no = "SCS-2019-E-0007";
        post("/api/v1/certifications/imports", "ministry",
                imported(no, LocalDate.of(2019, 12, 20), LocalDate.of(2021, 12, 19)), 201);
        awaitStatus(no, "EXPIRED");
        assertThat(api.get("/api/v1/verify/" + no, null).json().get("valid").asBoolean()).isFalse();
        post("/api/v1/certifications/" + no + "/suspension", "ministry", "{\"reason\": \"점검\"}", 409);
    }

    @Test
    void onlyTheRightRolesMayActAndUnknownNumbersAre404() {
        post("/api/v1/certifications/SCS-2024-E-0101/suspension", "monitor", "{\"reason\": \"점검\"}", 403);
        post("/api/v1/certifications/SCS-2024-E-0101/revocation", "applicant",
                "{\"reason\": \"x\", \"legalBasis\": \"y\"}", 403);
        assertThat(api.get("/api/v1/verify/SCS-1999-X-0000", null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/certifications/SCS-1999-X-0000", null).status()).isEqualTo(404);
        post("/api/v1/certifications/SCS-1999-X-0000/suspension", "ministry", "{\"reason\": \"점검\"}", 404);
    }
}
