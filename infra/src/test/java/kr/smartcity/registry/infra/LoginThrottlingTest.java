package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Sign-in throttling: 5 failures for an account within 15 minutes, and the right password is refused too: the login
 * form says so, HTTP Basic gets 429 with Retry-After. On a registry of its own, so that the failures counted against
 * this client's address do not touch the registry the other page tests share.
 */
class LoginThrottlingTest {

    private static RunningRegistry registry;
    private static RegistryClient api;
    private static ChromeDriver browser;
    private static SignIns signIns;

    @BeforeAll
    static void start() throws Exception {
        browser = StaffPages.shared().browser();
        registry = RunningRegistry.start(Files.createTempDirectory("login-throttling"));
        api = registry.client();
        signIns = new SignIns(api);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void fiveFailedSignInsLockTheAccountOnTheLoginForm() {
        String name = newAccount("throttle-form");
        for (int i = 0; i < 5; i++) {
            assertThat(AdminWorkspaceBrowserTest.signIn(browser, api, name, "wrong-password-" + i)).isEqualTo("/login");
            assertThat(browser.getCurrentUrl()).endsWith("/login?error");
        }

        assertThat(AdminWorkspaceBrowserTest.signIn(browser, api, name, "throttle-password-1")).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector("main .form-errors")).getText())
                .startsWith("로그인 실패가 너무 많아").contains("15분 뒤 다시 시도하십시오.");
        PageChecks.assertAccessiblePage(browser, "ko");
        // The lock is the account's: another account from the same address signs in.
        assertThat(AdminWorkspaceBrowserTest.signIn(browser, api, "monitor", "demo")).isEqualTo("/staff");
    }

    @Test
    void fiveFailedSignInsWithHttpBasicAre429WithRetryAfter() {
        String name = newAccount("throttle-basic");
        for (int i = 0; i < 5; i++) {
            assertThat(signIns.basic("/api/v1/admin/projections", name, "wrong-password-" + i).status()).isEqualTo(401);
        }

        RawHttp.Answer locked = signIns.basic("/api/v1/admin/projections", name, "throttle-password-1");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(locked.body()).contains("\"error\":\"too_many_sign_in_failures\"");
    }

    private static String newAccount(String prefix) {
        String name = prefix + "-" + System.nanoTime() % 1_000_000;
        assertThat(api.post("/api/v1/admin/accounts", "admin", """
                {"name":"%s","displayName":"잠금 확인","roles":["MONITOR"],"password":"throttle-password-1"}"""
                .formatted(name)).status()).isEqualTo(201);
        return name;
    }
}
