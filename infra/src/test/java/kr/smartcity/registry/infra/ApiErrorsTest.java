package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.smartcity.registry.infra.RegistryClient.Response;

/**
 * Bad input gets 400/401/403/404/409 with {"error","message"}, never a stack trace or a 500,
 * and changes nothing.
 */
class ApiErrorsTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        Instant now = Instant.now();
        assertThat(api.post("/api/v1/rounds", "operator",
                Requests.announceRound("R-ERR", now.minus(1, ChronoUnit.DAYS), now.plus(1, ChronoUnit.DAYS))).status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static void assertError(Response response, int status, String error) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("error").asText()).isEqualTo(error);
        assertThat(response.json().get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withoutSigningInTheStaffApiAnswers401() {
        assertError(api.post("/api/v1/rounds", null, "{}"), 401, "unauthorized");
    }

    @Test
    void aRoleThatMayNotDoItGets403() {
        assertError(api.post("/api/v1/rounds", "applicant",
                Requests.announceRound("R-X", Instant.now(), Instant.now().plusSeconds(60))), 403, "forbidden");
        assertError(api.post("/api/v1/rounds/R-ERR/applications", "operator", Requests.application("대리 신청")),
                403, "forbidden");
    }

    @Test
    void malformedOrIncompleteRequestsGet400() {
        assertError(api.post("/api/v1/rounds", "operator", "{not json"), 400, "invalid");
        Response missing = api.post("/api/v1/rounds/R-ERR/applications", "applicant", "{\"serviceNameKo\": \"\"}");
        assertError(missing, 400, "invalid");
        assertThat(missing.json().get("message").asText()).contains("representative").contains("field");
        assertError(api.get("/api/v1/certifications?size=0", null), 400, "invalid");
        assertError(api.get("/api/v1/certifications?level=L9", null), 400, "invalid");
    }

    @Test
    void aScheduleChangeNeedsItsReasonAndAFutureClose() {
        assertError(api.post("/api/v1/rounds/R-ERR/schedule", "operator",
                "{\"milestones\": {\"AWARD\": \"2030-12-20\"}}"), 400, "invalid");
        assertError(api.post("/api/v1/rounds/R-ERR/schedule", "operator",
                "{\"submissionClosesAt\": \"2000-01-01T18:00\", \"reason\": \"오류\"}"), 409, "refused");
        assertThat(api.post("/api/v1/rounds/R-ERR/schedule", "operator",
                "{\"milestones\": {\"AWARD\": \"2030-12-20\"}, \"reason\": \"인증부여 일정 확정\"}").status())
                .isEqualTo(200);
    }

    @Test
    void somethingThatDoesNotExistGets404() {
        assertError(api.post("/api/v1/rounds/NO-SUCH-ROUND/applications", "applicant", Requests.application("서비스")),
                404, "not_found");
        assertError(api.get("/api/v1/criteria/1999", null), 404, "not_found");
    }

    @Test
    void badParametersOfThePublicApiGet400NamingTheParameterNeverA500() {
        for (String query : new String[] {"page=-1", "size=1000", "page=abc", "page=1.5", "page=99999999999", "page=2147483647",
            "level=L9", "year=abc", "status=active", "field=MOON"}) {
            Response response = api.get("/api/v1/certifications?" + query, null);
            assertError(response, 400, "invalid");
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(response.json().get("message").asText()).as(query).contains(parameter);
        }
        assertError(api.get("/api/v1/certifications/%2e%2e", null), 400, "invalid");
    }

    @Test
    void unknownNumbersAndAddressesOfThePublicApiGet404InTheApiShape() {
        for (String path : new String[] {"/api/v1/certifications/SCS-1999-X-0000", "/api/v1/verify/SCS-1999-X-0000",
            "/api/v1/certifications/SCS-1999-X-0000/history", "/api/v1/verify/", "/api/v1/criteria/"}) {
            Response response = api.get(path, null);
            assertError(response, 404, "not_found");
            assertThat(response.json().size()).as(path).isEqualTo(2);
        }
    }

    @Test
    void aRefusedCommandGets409AndChangesNothing() {
        int before = api.get("/api/v1/applications?roundId=R-ERR", "operator").json().size();

        assertError(api.post("/api/v1/rounds", "operator",
                Requests.announceRound("R-ERR", Instant.now(), Instant.now().plusSeconds(60))), 409, "conflict");
        Response wrongField = api.post("/api/v1/rounds/R-ERR/applications", "applicant",
                Requests.application("서비스").replace("\"TRANSPORT\"", "\"HOUSING\""));
        assertError(wrongField, 409, "refused");
        Response badNumber = api.post("/api/v1/rounds/R-ERR/applications", "applicant",
                Requests.application("서비스").replace("220-81-62517", "220-81-62518"));
        assertError(badNumber, 409, "refused");
        assertThat(badNumber.json().get("message").asText()).contains("사업자등록번호");

        assertThat(api.get("/api/v1/applications?roundId=R-ERR", "operator").json()).hasSize(before);
    }
}
