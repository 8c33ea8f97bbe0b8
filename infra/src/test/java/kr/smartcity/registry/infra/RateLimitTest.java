package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kr.smartcity.registry.infra.RawHttp.Answer;

/**
 * Issue 6: past its allowance a client of the public API gets 429 with Retry-After and a JSON error, while other
 * clients and signed-in staff go on. Behind a trusted proxy (here: loopback, with forwarded headers on) the client is
 * the X-Forwarded-For address.
 */
class RateLimitTest {

    private static final int PER_MINUTE = 5;

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir, "--registry.rate-limit.requests-per-minute=" + PER_MINUTE,
                "--server.forward-headers-strategy=native");
        http = new RawHttp(registry.client());
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static Answer asClient(String address, String path) {
        return http.get(path, "X-Forwarded-For", address);
    }

    @Test
    void theRequestPastTheAllowanceIs429WithRetryAfterAndOtherClientsGoOn() throws Exception {
        for (int i = 0; i < PER_MINUTE; i++) {
            assertThat(asClient("203.0.113.7", "/api/v1/criteria/2023").status()).isEqualTo(200);
        }
        Answer limited = asClient("203.0.113.7", "/api/v1/certifications");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L / PER_MINUTE);
        assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
        JsonNode error = new ObjectMapper().readTree(limited.body());
        assertThat(error.get("error").asText()).isEqualTo("rate_limited");
        assertThat(error.get("message").asText()).contains("요청이 너무 많습니다").contains("Too many requests");

        assertThat(asClient("198.51.100.20", "/api/v1/certifications").status()).isEqualTo(200);
    }

    @Test
    void signedInStaffAreNotLimited() {
        for (int i = 0; i <= PER_MINUTE; i++) {
            assertThat(http.get("/api/v1/certifications", "X-Forwarded-For", "192.0.2.44",
                    "Authorization", RawHttp.basic("operator")).status()).isEqualTo(200);
        }
        assertThat(asClient("192.0.2.44", "/api/v1/statistics").status()).isEqualTo(200);
    }
}
