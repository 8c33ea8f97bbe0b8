package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 시스템 관리: the administrator makes an evaluator, who signs in; disabled, it can no longer sign in; a reset password
 * lets it in again; bad input comes back beside each field; the administrator cannot lock themself out; read models
 * are rebuilt from the system page; every staff page says when its session ends and extends it on request.
 */
class AdminWorkspaceBrowserTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private static StaffPages pages;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
        browser = pages.browser();
    }

    @Test
    void anEvaluatorMadeByTheAdminSignsInUntilDisabledAndAgainWithAResetPassword() {
        String name = "eval-browser-" + SERIAL.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        pages.signIn("admin");
        pages.open("/staff/admin", "ko");
        PageChecks.assertAccessiblePage(browser, "ko");

        pages.open("/staff/admin/accounts/new", "ko");
        PageChecks.assertAccessiblePage(browser, "ko");
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("displayName")).sendKeys("평가위원 김하나");
        browser.findElement(By.id("role-EVALUATOR")).click();
        browser.findElement(By.id("rounds")).sendKeys("2023, 2025");
        browser.findElement(By.id("password")).sendKeys("first-password-123");
        submit("form.staff-form");
        awaitPath("/staff/admin/accounts/" + name);
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("계정을 만들었습니다.");
        assertThat(browser.findElement(By.id("rounds")).getDomProperty("value")).isEqualTo("2023, 2025");
        PageChecks.assertAccessiblePage(browser, "ko");

        pages.open("/staff/admin", "ko");
        assertThat(browser.findElement(By.cssSelector("table.accounts")).getText()).contains(name, "평가위원 김하나");
        assertThat(browser.findElement(By.cssSelector("table.account-changes")).getText()).contains(name, "계정 만듦")
                .doesNotContain("first-password-123");

        assertThat(signIn(name, "first-password-123")).isEqualTo("/staff");
        assertThat(browser.findElements(By.cssSelector("ul.workspaces a"))).extracting(WebElement::getText)
                .containsExactly("평가위원 업무");

        pages.signIn("admin");
        pages.open("/staff/admin/accounts/" + name, "ko");
        submit("form.state-form");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElement(By.cssSelector(".account-state")).getText()).isEqualTo("사용 중지됨"));
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("사용 중지했습니다");
        PageChecks.assertAccessiblePage(browser, "ko");

        assertThat(signIn(name, "first-password-123")).isEqualTo("/login");
        assertThat(browser.findElement(By.cssSelector(".form-errors")).getText()).isEqualTo("아이디 또는 비밀번호가 맞지 않습니다.");

        pages.signIn("admin");
        pages.open("/staff/admin/accounts/" + name, "ko");
        browser.findElement(By.cssSelector("form.password-form #password")).sendKeys("second-password-456");
        submit("form.password-form");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("비밀번호를 재설정했습니다."));
        submit("form.state-form");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElement(By.cssSelector(".account-state")).getText()).isEqualTo("사용 중"));

        assertThat(signIn(name, "first-password-123")).isEqualTo("/login");
        assertThat(signIn(name, "second-password-456")).isEqualTo("/staff");
    }

    @Test
    void badInputIsShownBesideEachFieldAndNothingIsMade() {
        pages.signIn("admin");
        pages.open("/staff/admin/accounts/new", "ko");
        // The browser's own checks (required, minlength) are skipped: the server's are what is tested.
        browser.executeScript("document.querySelector('form.staff-form').noValidate = true");
        browser.findElement(By.id("name")).sendKeys("Bad Name");
        browser.findElement(By.id("rounds")).sendKeys("2023");
        browser.findElement(By.id("password")).sendKeys("short");
        submit("form.staff-form");
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("name-error")).isEmpty());

        assertFieldError("name", "아이디는 영문 소문자로 시작하고");
        assertFieldError("displayName", "이름을 입력하십시오.");
        assertFieldError("password", "비밀번호는 12자 이상 128자 이하여야 합니다.");
        assertThat(browser.findElement(By.id("roles-error")).getText()).isEqualTo("역할을 하나 이상 고르십시오.");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Bad Name");
        assertThat(browser.findElement(By.id("password")).getDomProperty("value")).isEmpty();
        PageChecks.assertAccessiblePage(browser, "ko");
        assertThat(pages.api().get("/api/v1/admin/accounts", "admin").body()).doesNotContain("Bad Name");

        browser.executeScript("document.querySelector('form.staff-form').noValidate = true");
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys("ministry");
        browser.findElement(By.id("displayName")).sendKeys("둘째 국토교통부");
        browser.findElement(By.id("role-MINISTRY")).click();
        browser.findElement(By.id("rounds")).clear();
        browser.findElement(By.id("password")).sendKeys("a-good-long-password");
        submit("form.staff-form");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertFieldError("name", "이미 있는 아이디입니다."));

        pages.open("/staff/admin/accounts/new", "en");
        PageChecks.assertAccessiblePage(browser, "en");
    }

    @Test
    void theAdministratorCannotLockThemselfOut() {
        pages.signIn("admin");
        pages.open("/staff/admin/accounts/admin", "ko");
        submit("form.state-form");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElement(By.cssSelector("main .form-errors")).getText())
                        .isEqualTo("자신의 계정은 사용 중지할 수 없습니다."));
        assertThat(browser.findElement(By.cssSelector(".account-state")).getText()).isEqualTo("사용 중");

        browser.findElement(By.id("role-ADMIN")).click();
        browser.findElement(By.id("role-MONITOR")).click();
        submit("form.roles-form");
        await().atMost(Duration.ofSeconds(10)).until(() -> !browser.findElements(By.id("roles-error")).isEmpty());
        assertThat(browser.findElement(By.id("roles-error")).getText()).isEqualTo("자신의 시스템 관리자 역할은 뺄 수 없습니다.");
        PageChecks.assertAccessiblePage(browser, "ko");
        assertThat(pages.api().get("/api/v1/admin/accounts/admin", "admin").json().get("roles").toString())
                .isEqualTo("[\"ADMIN\"]");
    }

    @Test
    void aReadModelIsRebuiltFromTheSystemPage() {
        pages.signIn("admin");
        pages.open("/staff/admin/system", "ko");
        PageChecks.assertAccessiblePage(browser, "ko");
        assertThat(browser.findElement(By.cssSelector("table.projections")).getText())
                .contains("registry", "monitoring", "statistics");

        browser.findElement(By.cssSelector("table.projections button[aria-label='다시 만들기: monitoring']")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.findElement(By.cssSelector("main")).getText())
                        .contains("다시 만들기를 시작했습니다: monitoring"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            pages.open("/staff/admin/system", "ko");
            assertThat(browser.findElement(By.xpath("//table[contains(@class,'projections')]//tr[th='monitoring']/td[4]"))
                    .getText()).endsWith("건");
        });
        PageChecks.assertAccessiblePage(browser, "ko");
        pages.open("/staff/admin/system", "en");
        PageChecks.assertAccessiblePage(browser, "en");
    }

    @Test
    void staffPagesSayWhenTheSessionEndsAndExtendIt() {
        pages.signIn("admin");
        pages.open("/staff/admin", "ko");
        WebElement notice = browser.findElement(By.cssSelector("form.session-timeout"));
        assertThat(notice.getText()).containsPattern("아무 요청이 없으면 \\d\\d:\\d\\d에 자동으로 로그아웃됩니다.");
        assertThat(notice.getDomAttribute("data-seconds")).isEqualTo("1800");
        assertThat(notice.findElement(By.cssSelector(".session-warning")).getDomAttribute("role")).isEqualTo("status");

        notice.findElement(By.tagName("button")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(browser.getCurrentUrl()).endsWith("/staff/admin?extended"));
        assertThat(browser.findElement(By.cssSelector("form.session-timeout")).getText())
                .contains("로그인 시간을 연장했습니다.");
        PageChecks.assertAccessiblePage(browser, "ko");
    }

    private static void assertFieldError(String field, String message) {
        WebElement input = browser.findElement(By.id(field));
        assertThat(input.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getDomAttribute("aria-describedby")).contains(field + "-error");
        assertThat(browser.findElement(By.id(field + "-error")).getText()).startsWith(message);
    }

    private static void submit(String form) {
        browser.findElement(By.cssSelector(form + " [type=submit]")).click();
    }

    private static void awaitPath(String path) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(URI.create(browser.getCurrentUrl()).getPath()).as(browser::getPageSource).isEqualTo(path));
    }

    private static String signIn(String account, String password) {
        return signIn(browser, pages.api(), account, password);
    }

    /** Signs in to a registry with a password of the test's own and answers the path the browser lands on. */
    static String signIn(ChromeDriver browser, RegistryClient registry, String account, String password) {
        browser.manage().deleteAllCookies();
        browser.get(registry.url("/login?lang=ko"));
        browser.findElement(By.id("username")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form [type=submit]")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> !URI.create(browser.getCurrentUrl()).getPath().equals("/login")
                || browser.getCurrentUrl().contains("?"));
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
