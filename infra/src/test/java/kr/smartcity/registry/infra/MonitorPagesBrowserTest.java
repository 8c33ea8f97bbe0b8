package kr.smartcity.registry.infra;

import static kr.smartcity.registry.infra.CaseSteps.MINISTRY;
import static kr.smartcity.registry.infra.CaseSteps.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.smartcity.registry.command.api.Seoul;

/**
 * The monitor's workspace in a browser, signed in as the demo account {@code monitor}, on a certification of its own
 * (imported through the API): the schedule, a check logged, a suspension proposed (a second proposal refused), the
 * ministry carrying it out from its queue of proposed actions, and the public certificate check then saying
 * suspended. Bad input shows beside its field; every page passes the accessibility checks.
 */
class MonitorPagesBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static StaffPages pages;
    private static String number;
    private static String declined;

    @BeforeAll
    static void twoCertificationsInForce() throws Exception {
        pages = StaffPages.shared();
        int sequence = 7000 + ThreadLocalRandom.current().nextInt(1000);
        number = imported("SCS-2025-TR-" + sequence);
        declined = imported("SCS-2025-TR-" + (sequence + 1000));
    }

    private static String imported(String certificateNumber) {
        LocalDate today = LocalDate.now(Seoul.ZONE);
        expect(pages.api().post("/api/v1/certifications/imports", MINISTRY,
                Requests.importedCertification(certificateNumber, "모니터링 확인용 스마트 횡단보도", today.minusYears(1),
                        today.plusYears(1))), 201);
        new CaseSteps(pages.api()).awaitVerified(certificateNumber, "ACTIVE");
        return certificateNumber;
    }

    private static ChromeDriver browser() {
        return pages.browser();
    }

    private static WebElement awaitElement(By by) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> browser().findElement(by), element -> true);
    }

    private static void submit(String formAction) {
        browser().findElement(By.cssSelector("form[action$='" + formAction + "'] button[type=submit]")).click();
    }

    private static void type(String id, String text) {
        WebElement field = browser().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void theMonitorLogsACheckProposesASuspensionAndTheMinistryCarriesItOut() {
        pages.signIn("monitor");
        pages.open("/staff/monitor", "ko");
        assertThat(browser().findElement(By.id("byLastCheck")).getText()).contains(number);
        PageChecks.assertAccessiblePage(browser(), "ko");
        browser().findElement(By.linkText(number)).click();
        awaitElement(By.id("check-heading"));
        PageChecks.assertAccessiblePage(browser(), "ko");

        // An empty check: each error beside its field, nothing logged.
        submit("/checks");
        assertThat(awaitElement(By.id("checkedOn-error")).getText()).isEqualTo("점검일을 입력하십시오.");
        assertThat(browser().findElement(By.id("scope-error")).getText()).isEqualTo("점검 범위를 입력하십시오.");
        assertThat(browser().findElement(By.id("requirementsMet-error")).getText())
                .isEqualTo("요건 충족 여부를 고르십시오.");
        assertThat(browser().findElement(By.id("scope")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().findElement(By.id("scope")).getDomAttribute("aria-describedby")).isEqualTo("scope-error");
        assertThat(browser().findElements(By.id("checks"))).isEmpty();
        PageChecks.assertAccessiblePage(browser(), "ko");

        type("checkedOn", LocalDate.now(Seoul.ZONE).plusDays(1).toString());
        type("scope", "서비스 운영 여부");
        submit("/checks");
        assertThat(awaitElement(By.id("checkedOn-error")).getText()).isEqualTo("점검일은 오늘 이후일 수 없습니다.");
        assertThat(browser().findElement(By.id("scope")).getDomAttribute("value")).isEqualTo("서비스 운영 여부");

        type("checkedOn", LocalDate.now(Seoul.ZONE).toString());
        browser().findElement(By.id("met-no")).click();
        type("findings", "신호 연동 장비가 한 달째 멈춰 있음");
        type("attachments", "점검표.pdf\n현장사진.jpg");
        submit("/checks");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            browser().navigate().refresh();
            assertThat(browser().findElement(By.id("checks")).getText())
                    .contains("서비스 운영 여부", "미충족", "신호 연동 장비가 한 달째 멈춰 있음", "점검표.pdf, 현장사진.jpg", "monitor");
        });

        // No action chosen, no reason: errors beside both.
        submit("/proposals");
        assertThat(awaitElement(By.id("action-error")).getText()).isEqualTo("제안할 조치를 고르십시오.");
        assertThat(browser().findElement(By.id("proposal-reason-error")).getText()).isEqualTo("사유를 입력하십시오.");
        PageChecks.assertAccessiblePage(browser(), "ko");

        browser().findElement(By.id("action-SUSPENSION")).click();
        type("proposal-reason", "점검 결과 서비스 중단");
        submit("/proposals");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            browser().navigate().refresh();
            assertThat(browser().findElement(By.id("open-proposal")).getText()).contains("효력정지 제안", "monitor");
        });

        // One open proposal at a time: a second is refused as a form error.
        browser().findElement(By.id("action-REVOCATION")).click();
        type("proposal-reason", "다시 제안");
        submit("/proposals");
        assertThat(awaitElement(By.cssSelector("p.form-errors[role=alert]")).getText()).contains("이미 결정을 기다리는 제안");
        PageChecks.assertAccessiblePage(browser(), "ko");

        // The ministry carries it out from its queue.
        pages.signIn("ministry");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            pages.open("/staff/ministry", "ko");
            browser().findElement(By.linkText(number)).click();
            awaitElement(By.id("carry-heading"));
        });
        assertThat(browser().findElement(By.id("proposed-action")).getText()).isEqualTo("효력정지");
        PageChecks.assertAccessiblePage(browser(), "ko");
        submit("/carry-out");
        assertThat(awaitElement(By.id("carry-reason-error")).getText()).isEqualTo("사유를 입력하십시오.");
        type("carry-reason", "모니터링 결과 서비스 중단 확인");
        submit("/carry-out");
        await().atMost(WAIT).until(() -> URI.create(browser().getCurrentUrl()).getPath().equals("/staff/ministry"));
        assertThat(browser().findElement(By.cssSelector("p.notice[role=status]")).getText()).contains(number);

        new CaseSteps(pages.api()).awaitVerified(number, "SUSPENDED");
        pages.open("/verify/" + number, "ko");
        assertThat(browser().findElement(By.cssSelector(".verdict-text")).getText())
                .isEqualTo("등록된 인증서이나 인증의 효력이 정지되어 있습니다.");
    }

    @Test
    void theMinistryDeclinesAProposedRevocationWithAReasonAndTheCertificationStaysInForce() {
        pages.signIn("monitor");
        pages.open("/staff/monitor/certifications/" + declined, "ko");
        browser().findElement(By.id("action-REVOCATION")).click();
        type("proposal-reason", "허위 자료 제출 의심");
        submit("/proposals");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            browser().navigate().refresh();
            assertThat(browser().findElement(By.id("open-proposal")).getText()).contains("인증취소 제안");
        });

        pages.signIn("ministry");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            pages.open("/staff/ministry/proposals/" + declined, "ko");
            awaitElement(By.id("carry-heading"));
        });
        // A revocation needs its legal basis beside the reason.
        type("carry-reason", "허위 자료");
        submit("/carry-out");
        assertThat(awaitElement(By.id("legal-basis-error")).getText()).isEqualTo("인증취소의 법적 근거를 입력하십시오.");
        assertThat(browser().findElement(By.id("carry-reason")).getText()).isEqualTo("허위 자료");
        PageChecks.assertAccessiblePage(browser(), "ko");
        submit("/decline");
        assertThat(awaitElement(By.id("decline-reason-error")).getText()).isEqualTo("사유를 입력하십시오.");
        assertThat(browser().findElement(By.id("decline-reason")).getDomAttribute("aria-describedby"))
                .isEqualTo("decline-reason-error");
        type("decline-reason", "자료 확인 결과 허위 아님");
        submit("/decline");
        await().atMost(WAIT).until(() -> URI.create(browser().getCurrentUrl()).getPath().equals("/staff/ministry"));
        assertThat(browser().findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo(declined + "에 대한 제안을 반려했습니다.");

        assertThat(new CaseSteps(pages.api()).awaitVerified(declined, "ACTIVE").get("valid").asBoolean()).isTrue();
        pages.signIn("monitor");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            pages.open("/staff/monitor/certifications/" + declined, "ko");
            assertThat(browser().findElement(By.id("open-proposal")).getText()).isEqualTo("없음");
        });
    }

    @Test
    void theMonitorPagesPassTheChecksInEnglishAndOnlyMonitoringStaffOpenThem() {
        pages.signIn("monitor");
        pages.open("/staff/monitor", "en");
        PageChecks.assertAccessiblePage(browser(), "en");
        pages.open("/staff/monitor/certifications/" + number, "en");
        assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Monitoring: " + number);
        PageChecks.assertAccessiblePage(browser(), "en");
        expect(pages.api().get("/staff/monitor", "ministry"), 403);
        expect(pages.api().get("/staff/monitor/certifications/SCS-1999-TR-0001", "monitor"), 404);
    }
}
