package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.smartcity.registry.command.api.Seoul;

/**
 * The operator's workspace (운영기관 업무) in a real browser: a round announced and rescheduled, a fresh application
 * taken from preliminary review through pre-evaluation, committee, resolutions, conclusion and site inspection to
 * the ministry's decision; bad input answered 400 with the problem beside its field and nothing changed; every page
 * accessible in Korean, and one in English.
 */
class OperatorPagesBrowserTest {

    private static StaffPages pages;
    private static ChromeDriver browser;
    private static CaseSteps steps;

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
        browser = pages.browser();
        steps = new CaseSteps(pages.api());
    }

    @Test
    void theOperatorTakesACaseFromAnnouncementToTheMinistry() {
        pages.signIn("operator");
        pages.open("/staff/operator", "ko");
        PageChecks.assertAccessiblePage(browser, "ko");

        // 공모 공고
        String roundId = "op-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime now = LocalDateTime.now(Seoul.ZONE).truncatedTo(ChronoUnit.MINUTES);
        type("roundId", roundId);
        browser.findElement(By.id("field-TRANSPORT")).click();
        type("submissionOpensAt", now.minusHours(1).toString());
        type("submissionClosesAt", now.plusDays(30).toString());
        type("milestone-AWARD", now.toLocalDate().plusDays(60).toString());
        submit("/staff/operator/rounds");
        assertThat(path()).isEqualTo("/staff/operator/rounds/" + roundId);
        assertThat(notice()).contains(roundId);
        PageChecks.assertAccessiblePage(browser, "ko");

        // 일정 변경
        LocalDate award = now.toLocalDate().plusDays(75);
        type("milestone-AWARD", award.toString());
        type("reason", "평가위원 일정 조정");
        submit("/schedule");
        awaitText(By.id("current-AWARD"), award.toString());

        // A fresh application from the demo applicant, then the intake queue
        String service = "운영 화면 시험 " + roundId;
        String id = steps.submit(roundId, service);
        pages.open("/staff/operator/applications?round=" + roundId + "&status=SUBMITTED", "ko");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElements(By.linkText(service))).hasSize(1);
        });
        PageChecks.assertAccessiblePage(browser, "ko");
        browser.findElement(By.linkText(service)).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> path().endsWith(id));
        assertThat(text(By.id("case-state"))).isEqualTo("접수 (예비검토 전)");
        PageChecks.assertAccessiblePage(browser, "ko");

        // 예비검토: 통과
        browser.findElement(By.id("decision-ACCEPT")).click();
        submit("/preliminary-review");
        assertThat(notice()).isEqualTo("예비검토 결과를 기록했습니다.");
        awaitText(By.id("case-state"), "예비검토 통과");
        PageChecks.assertAccessiblePage(browser, "ko");

        // 사전평가: the rule's suggestion appears beside the input (two of three manuals: 2 − 1 = 1)
        type("facts-3.2.2.1", "{\"userManual\": true, \"administratorManual\": true, \"securityManual\": false}");
        type("facts-2.1.1.2", "{\"types\": 3}");
        submit("/pre-evaluation");
        awaitText(By.id("suggestion-3.2.2.1"), "1점");
        assertThat(text(By.id("case-state"))).isEqualTo("서면평가");

        // 평가위원회
        type("evaluators", String.join(", ", CaseSteps.COMMITTEE));
        submit("/committee");
        assertThat(notice()).contains("평가위원을 배정했습니다");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElements(By.xpath("//th[@scope='row' and text()='evaluator3']"))).hasSize(1);
        });

        // The evaluators score through the API, each on their own sheet
        CaseSteps.COMMITTEE.forEach(evaluator -> steps.scoreEveryIndicatorAndSubmit(id, evaluator));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElements(By.xpath("//td[contains(text(), '제출') and not(contains(text(), '전'))]")))
                    .hasSize(3);
        });
        PageChecks.assertAccessiblePage(browser, "ko");

        // 의결, one indicator at a time; a two-to-one majority where the criteria ask for one
        for (CaseSteps.Indicator indicator : steps.indicators()) {
            choose("indicatorCode", indicator.code());
            type("points", indicator.resolvedPoints().toPlainString());
            type("rationale", "평가위원 채점과 근거자료를 검토한 위원회 의결");
            type("votesFor", indicator.needsMajority() ? "2" : "");
            type("votesAgainst", indicator.needsMajority() ? "1" : "");
            submit("/resolutions");
            assertThat(notice()).as(indicator.code()).isEqualTo("의결을 기록했습니다.");
        }
        steps.assertResolutionsPass();

        // 평가 종료 → 현장실사
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElements(By.xpath("//td[starts-with(@id, 'resolution-') and contains(., '의결 전')]")))
                    .isEmpty();
        });
        submit("/conclusion");
        awaitText(By.id("case-state"), "현장실사");
        assertThat(text(By.id("result-verdict"))).isEqualTo("평가 결과: 인증 기준 충족");
        PageChecks.assertAccessiblePage(browser, "ko");

        // 현장실사: every claim confirmed sends the case to the ministry
        type("inspectedOn", LocalDate.now(Seoul.ZONE).toString());
        type("inspectors", "김현장\n이실사");
        type("finding-0-claim", "교차로 신호 연동 운영 중");
        choose("finding-0-indicator", "2.1.1.1");
        type("finding-0-note", "현장에서 운영 화면 확인");
        submit("/site-inspection");
        assertThat(notice()).contains("국토교통부의 인증여부 결정으로 넘어갑니다");

        // The ministry can now decide it
        assertThat(steps.certify(id)).startsWith("SCS-");
        awaitText(By.id("case-state"), "인증여부 결정");
    }

    @Test
    void badInputIsShownBesideItsFieldsWith400AndChangesNothing() {
        pages.signIn("operator");
        pages.open("/staff/operator", "ko");
        type("roundId", "둘 다 안 됨");
        type("submissionOpensAt", "2026-05-10T09:00");
        type("submissionClosesAt", "2026-05-01T18:00");
        type("milestone-BRIEFING", "");
        submit("/staff/operator/rounds");
        assertThat(status()).isEqualTo(400);
        assertFieldError("roundId", "영문, 숫자, 하이픈(-)만 써서 32자까지 적으십시오.");
        assertThat(text(By.id("eligibleFields-error"))).isEqualTo("대상 분야를 하나 이상 고르십시오.");
        assertFieldError("submissionClosesAt", "접수 마감은 접수 시작보다 뒤여야 합니다.");
        PageChecks.assertAccessiblePage(browser, "ko");

        // The rules' refusal: a round that exists already
        type("roundId", "2023");
        browser.findElement(By.id("field-TRANSPORT")).click();
        type("submissionClosesAt", "2026-05-20T18:00");
        submit("/staff/operator/rounds");
        assertThat(status()).isEqualTo(400);
        assertThat(text(By.cssSelector(".form-errors"))).contains("이미 존재");

        // An unknown status in the queue's address, and an unknown case
        pages.open("/staff/operator/applications?status=NOPE", "ko");
        assertThat(status()).isEqualTo(400);
        assertFieldError("status", "알 수 없는 상태입니다. 목록에서 고르십시오.");
        pages.open("/staff/operator/applications/no-such-case", "ko");
        assertThat(status()).isEqualTo(404);

        // A fresh application in the open demo round (the current year's)
        String roundId = String.valueOf(LocalDate.now(Seoul.ZONE).getYear());
        String id = steps.submit(roundId, "잘못된 입력 시험 " + UUID.randomUUID().toString().substring(0, 8));
        String casePath = "/staff/operator/applications/" + id;
        await().atMost(Duration.ofSeconds(10)).until(() -> pages.api().get("/api/v1/applications/" + id, "operator")
                .status() == 200);
        pages.open(casePath, "ko");

        browser.findElement(By.id("decision-REQUEST_SUPPLEMENT")).click();
        // A browser's date-time control sends no text it cannot read: a text field sends what a client may send.
        browser.executeScript("arguments[0].type = 'text';", browser.findElement(By.id("supplementDeadline")));
        type("supplementDeadline", "다음 주");
        submit("/preliminary-review");
        assertThat(status()).isEqualTo(400);
        assertFieldError("items", "입력하십시오.");
        assertFieldError("supplementDeadline", "날짜와 시각을 2026-10-26T18:00 형식으로 적으십시오.");
        assertThat(browser.findElement(By.id("decision-REQUEST_SUPPLEMENT")).isSelected()).isTrue();
        PageChecks.assertAccessiblePage(browser, "ko");

        // A deadline already past is the rules' to refuse
        type("items", "시민 인지도 설문조사 원본");
        type("supplementDeadline", LocalDateTime.now(Seoul.ZONE).minusDays(1).truncatedTo(ChronoUnit.MINUTES).toString());
        submit("/preliminary-review");
        assertThat(status()).isEqualTo(400);
        assertThat(text(By.cssSelector(".form-errors"))).isEqualTo("보완 기한은 앞으로의 시점이어야 합니다.");
        assertThat(pages.api().get("/api/v1/applications/" + id, "operator").json().get("state").asText())
                .isEqualTo("SUBMITTED");

        steps.accept(id);
        pages.open(casePath, "ko");
        awaitText(By.id("case-state"), "예비검토 통과");
        type("facts-2.1.1.2", "세 가지");
        submit("/pre-evaluation");
        assertThat(status()).isEqualTo(400);
        assertFieldError("facts-2.1.1.2", "JSON 객체로 적으십시오. 예: {\"types\": 3}");

        type("evaluators", "evaluator1, ministry");
        submit("/committee");
        assertThat(status()).isEqualTo(400);
        assertFieldError("evaluators", "평가위원 계정이 아니거나 이 공모를 맡지 않은 계정이 있습니다.");
        assertThat(pages.api().get("/api/v1/applications/" + id, "operator").json().get("state").asText())
                .isEqualTo("ACCEPTED");
        PageChecks.assertAccessiblePage(browser, "ko");

        // English: the same case page, with a committee of one whose resolution is out of range
        steps.formCommittee(id, java.util.List.of("evaluator4"));
        pages.open(casePath, "en");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(browser.findElements(By.id("indicatorCode"))).hasSize(1);
        });
        choose("indicatorCode", "3.2.2.1");
        type("points", "2.5");
        type("votesFor", "2");
        submit("/resolutions");
        assertThat(status()).isEqualTo(400);
        assertFieldError("points", "Give points from 0 to the indicator's maximum.");
        assertFieldError("votesFor", "Give a whole number from 0 to the number of evaluators.");
        PageChecks.assertAccessiblePage(browser, "en");

        // No committee resolution without a rationale where there is no suggestion: the rules refuse it
        type("points", "1");
        type("votesFor", "");
        submit("/resolutions");
        assertThat(status()).isEqualTo(400);
        assertThat(text(By.cssSelector(".form-errors"))).contains("needs a rationale");
    }

    /** Types into a field, replacing what it held; date inputs are set directly, as typing them depends on locale. */
    private static void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        String kind = field.getAttribute("type");
        if ("date".equals(kind) || "datetime-local".equals(kind)) {
            browser.executeScript("arguments[0].value = arguments[1];", field, value);
            return;
        }
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    /** Submits the form whose action ends so, and waits for the page it leads to. */
    private static void submit(String actionEnding) {
        WebElement html = browser.findElement(By.tagName("html"));
        browser.findElement(By.cssSelector("form[action$='" + actionEnding + "'] button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> gone(html));
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.findElements(By.id("main")).isEmpty());
    }

    private static boolean gone(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        }
    }

    private static void choose(String selectId, String value) {
        browser.findElement(By.cssSelector("#" + selectId + " option[value='" + value + "']")).click();
    }

    /** The read models follow the events a moment later: reload until the page shows it. */
    private static void awaitText(By element, String expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            browser.navigate().refresh();
            assertThat(text(element)).contains(expected);
        });
    }

    private static void assertFieldError(String field, String message) {
        assertThat(text(By.id(field + "-error"))).isEqualTo(message);
        WebElement input = browser.findElement(By.id(field));
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(input.getAttribute("aria-describedby")).contains(field + "-error");
    }

    private static String text(By element) {
        return browser.findElement(element).getText().strip();
    }

    private static String notice() {
        return text(By.cssSelector("p.notice[role=status]"));
    }

    private static String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }

    private static long status() {
        return (Long) browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    }
}
