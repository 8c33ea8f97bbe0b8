package kr.smartcity.registry.infra;

import static kr.smartcity.registry.infra.StaffForms.clickAndWait;
import static kr.smartcity.registry.infra.StaffForms.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.infra.CaseSteps.Indicator;

/**
 * 평가위원 업무 in the browser: a fresh case in the open demo round, accepted, pre-evaluated and assigned to
 * evaluator4 through the API as the operator; evaluator4 finds it in the workspace, is refused a sheet with no
 * scores, sees errors beside the fields for points above the maximum, negative points and a missing rationale,
 * saves scores, submits after the confirmation step and then sees the sheet read-only. evaluator5, not on the
 * committee, gets the not-found page.
 */
class EvaluatorPagesBrowserTest {

    private static final String EVALUATOR = "evaluator4";
    private static final String OTHER_EVALUATOR = "evaluator5";

    private static StaffPages pages;
    private static ChromeDriver browser;
    private static CaseSteps steps;
    private static String applicationId;
    private static String serviceName;

    @BeforeAll
    static void assignAFreshCase() throws Exception {
        pages = StaffPages.shared();
        browser = pages.browser();
        steps = new CaseSteps(pages.api());
        serviceName = "채점 화면 시험 서비스 " + System.nanoTime();
        applicationId = steps.submit(String.valueOf(Year.now(Seoul.ZONE).getValue()), serviceName);
        steps.accept(applicationId);
        steps.preEvaluate(applicationId);
        steps.formCommittee(applicationId, List.of(EVALUATOR));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(pages.api().get("/api/v1/applications/" + applicationId + "/scorecard", EVALUATOR).status())
                        .isEqualTo(200));
    }

    @Test
    void theEvaluatorScoresAndSubmitsTheAssignedSheet() {
        pages.signIn(EVALUATOR);
        pages.open("/staff/evaluator", "ko");
        PageChecks.assertAccessiblePage(browser, "ko");
        clickAndWait(browser, browser.findElement(By.linkText(serviceName)));
        assertThat(path()).isEqualTo(sheetPath());
        PageChecks.assertAccessiblePage(browser, "ko");
        List<Indicator> indicators = steps.indicators();
        assertThat(browser.findElements(By.cssSelector("article.score-indicator"))).hasSize(indicators.size());

        // 제출 before any score: the rules refuse it, and the confirmation page says why.
        openSubmission();
        PageChecks.assertAccessiblePage(browser, "ko");
        clickAndWait(browser, browser.findElement(By.cssSelector("main form button")));
        assertThat(browser.findElement(By.cssSelector(".form-errors")).getText()).contains("채점한 지표가 없습니다");

        Indicator first = indicators.get(0);
        pages.open(sheetPath(), "ko");
        save(first.code(), first.maxPoints().add(BigDecimal.ONE).toPlainString(), "근거자료 검토", "");
        assertFieldError("points-" + first.code(), "배점(" + first.maxPoints().stripTrailingZeros().toPlainString());
        assertFieldError("rationale-" + first.code(), "사유를 입력하십시오");
        PageChecks.assertAccessiblePage(browser, "ko");

        save(first.code(), "-1", "근거자료 검토", "설문 결과 확인");
        assertFieldError("points-" + first.code(), "0점 이상");
        assertThat(browser.findElement(By.id("rationale-" + first.code())).getDomAttribute("aria-invalid")).isNull();

        for (Indicator indicator : indicators.subList(0, 2)) {
            save(indicator.code(), indicator.resolvedPoints().toPlainString(), "제출 근거자료 검토",
                    "화면에서 채점한 " + indicator.code());
            assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText()).contains(indicator.code());
        }
        for (Indicator indicator : indicators.subList(2, indicators.size())) {
            CaseSteps.expect(steps.score(applicationId, EVALUATOR, indicator.code(), indicator.resolvedPoints(),
                    "API로 채점한 " + indicator.code()), 200);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            pages.open(sheetPath(), "ko");
            assertThat(browser.findElement(By.id("points-" + first.code())).getDomAttribute("value"))
                    .isEqualTo(first.resolvedPoints().toPlainString());
        });

        openSubmission();
        clickAndWait(browser, browser.findElement(By.cssSelector("main form button")));
        assertThat(path()).isEqualTo(sheetPath());
        assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText()).contains("제출했습니다");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            pages.open(sheetPath(), "ko");
            assertThat(browser.findElement(By.cssSelector(".sheet-closed")).getText()).contains("읽기 전용");
        });
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        assertThat(browser.findElement(By.id("indicator-" + first.code())).getText())
                .contains("화면에서 채점한 " + first.code());
        PageChecks.assertAccessiblePage(browser, "ko");

        pages.open(sheetPath(), "en");
        assertThat(browser.findElement(By.cssSelector(".sheet-closed")).getText()).contains("read only");
        PageChecks.assertAccessiblePage(browser, "en");
        pages.open("/staff/evaluator", "en");
        assertThat(browser.findElement(By.linkText("Smart crossing")).getDomAttribute("href")).isEqualTo(sheetPath());
        PageChecks.assertAccessiblePage(browser, "en");
    }

    @Test
    void anEvaluatorNotOnTheCommitteeSeesNeitherTheCaseNorItsSheet() {
        pages.signIn(OTHER_EVALUATOR);
        pages.open("/staff/evaluator", "ko");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(serviceName);
        PageChecks.assertAccessiblePage(browser, "ko");

        pages.open(sheetPath(), "ko");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("요청하신 페이지를 찾을 수 없습니다").doesNotContain(serviceName);
        pages.open(sheetPath() + "/submit", "ko");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(serviceName);
    }

    private void save(String code, String points, String basis, String rationale) {
        type(browser, "points-" + code, points);
        type(browser, "basis-" + code, basis);
        type(browser, "rationale-" + code, rationale);
        clickAndWait(browser, browser.findElement(By.xpath("//article[@id='indicator-" + code + "']//button")));
    }

    private void openSubmission() {
        pages.open(sheetPath(), "ko");
        clickAndWait(browser, browser.findElement(By.cssSelector("a[href$='/submit']")));
    }

    /** The field is marked invalid and described by its error, which says {@code text}. */
    private void assertFieldError(String fieldId, String text) {
        WebElement field = browser.findElement(By.id(fieldId));
        assertThat(field.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).isEqualTo(fieldId + "-error");
        assertThat(browser.findElement(By.id(fieldId + "-error")).getText()).contains(text);
    }

    private String sheetPath() {
        return "/staff/evaluator/applications/" + applicationId;
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
