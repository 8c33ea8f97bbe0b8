package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Security headers on public and staff pages, the Swagger UI's own policy, CSRF on page forms, the session cookie. */
class SecurityHardeningTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private static StaffPages pages;
    private static RawHttp http;
    private static SignIns signIns;

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
        http = new RawHttp(pages.api());
        signIns = new SignIns(pages.api());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/certifications", "/login", "/staff", "/staff/admin", "/api/v1/certifications"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        RawHttp.Answer answer = http.get(path, "Authorization", RawHttp.basic("admin"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(POLICY);
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
    }

    @Test
    void theSwaggerUiHasItsOwnPolicyWithInlineStylesOnly() {
        RawHttp.Answer answer = http.get("/swagger-ui/index.html");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Security-Policy"))
                .isEqualTo(POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));

        // Under that policy the Swagger UI still loads its scripts and draws the public API's operations.
        pages.browser().get(pages.api().url("/swagger-ui.html"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(pages.browser().findElements(By.cssSelector(".swagger-ui .opblock"))).isNotEmpty());
    }

    @Test
    void aPageFormPostWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        RawHttp.Answer refused = signIns.form("/staff/admin/accounts",
                "name=csrf-probe&displayName=probe&roles=ADMIN&password=csrf-probe-password",
                "Authorization", RawHttp.basic("admin"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(pages.api().get("/api/v1/admin/accounts/csrf-probe", "admin").status()).isEqualTo(404);
    }

    @Test
    void anApiWriteOnTheSessionCookieAloneNeedsTheCsrfTokenLikeAPageForm() {
        PageSession admin = PageSession.signedIn(pages.api(), "admin");
        String account = """
                {"name": "%s", "displayName": "probe", "roles": ["MONITOR"], "password": "csrf-probe-password-1"}""";

        RegistryClient.Response crossSite = admin.json("POST", "/api/v1/admin/accounts",
                account.formatted("csrf-api-probe"), false);
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(pages.api().get("/api/v1/admin/accounts/csrf-api-probe", "admin").status()).isEqualTo(404);

        RegistryClient.Response ownScript = admin.json("POST", "/api/v1/admin/accounts",
                account.formatted("csrf-api-probe-2"), true);
        assertThat(ownScript.status()).as(ownScript.body()).isEqualTo(201);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        RawHttp.Answer login = http.get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }
}
