package kr.smartcity.registry.infra;

import static kr.smartcity.registry.infra.CaseSteps.COMMITTEE;
import static kr.smartcity.registry.infra.CaseSteps.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.infra.CaseSteps.Indicator;
import kr.smartcity.registry.infra.RegistryClient.Download;

/**
 * The ministry's workspace in a browser, signed in as the demo account {@code ministry}: a case of its own taken
 * through the API to the decision (one evaluator changes a score on the way) is decided on its page, then audited:
 * each evaluator's points with every change and the resolution, the same rows in the CSV export, and the trail of
 * one evaluator account over a day. Bad input shows beside its field; every page passes the accessibility checks.
 */
class MinistryPagesBrowserTest {

    private static final String ROUND = "R-MIN-2026";
    private static final String SERVICE = "감사 확인용 스마트 교차로";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static StaffPages pages;
    private static CaseSteps steps;
    private static String applicationId;
    private static Indicator changed;

    @BeforeAll
    static void aCaseAwaitsTheDecision() throws Exception {
        pages = StaffPages.shared();
        steps = new CaseSteps(pages.api());
        steps.announceRound(ROUND);
        applicationId = steps.submit(ROUND, SERVICE);
        steps.accept(applicationId);
        steps.preEvaluate(applicationId);
        steps.formCommittee(applicationId, COMMITTEE);
        changed = steps.indicators().stream().filter(i -> i.resolvedPoints().signum() > 0).findFirst().orElseThrow();
        expect(steps.score(applicationId, "evaluator1", changed.code(), BigDecimal.ZERO, "첫 채점"), 200);
        COMMITTEE.forEach(evaluator -> steps.scoreEveryIndicatorAndSubmit(applicationId, evaluator));
        steps.resolveEveryIndicator(applicationId);
        steps.conclude(applicationId);
        steps.inspectConfirmed(applicationId);
    }

    private static ChromeDriver browser() {
        return pages.browser();
    }

    private static WebElement awaitElement(By by) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> browser().findElement(by), element -> true);
    }

    @Test
    void theMinistryDecidesACaseFromItsQueueAndSeesTheNewCertificateNumber() {
        pages.signIn("ministry");
        pages.open("/staff/ministry", "ko");
        PageChecks.assertAccessiblePage(browser(), "ko");
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            pages.open("/staff/ministry", "ko");
            browser().findElement(By.linkText(SERVICE)).click();
            awaitElement(By.id("decide-heading"));
        });
        assertThat(browser().getCurrentUrl()).contains("/staff/ministry/applications/" + applicationId);
        assertThat(browser().findElement(By.id("total")).getText()).contains("총점 77점 / 인증 기준 70점", "통과");
        assertThat(browser().findElements(By.cssSelector("table.scorecard tbody tr"))).hasSize(3);
        assertThat(browser().findElement(By.id("inspection")).getText()).contains("사실 확인됨");
        PageChecks.assertAccessiblePage(browser(), "ko");

        // No outcome chosen: the error stands beside the choice, and nothing is decided.
        browser().findElement(By.cssSelector("form[action$='/decision'] button[type=submit]")).click();
        WebElement error = awaitElement(By.id("outcome-error"));
        assertThat(error.getText()).isEqualTo("인증 또는 미인증을 고르십시오.");
        assertThat(browser().findElement(By.id("outcome-CERTIFIED")).getDomAttribute("aria-invalid")).isEqualTo("true");
        PageChecks.assertAccessiblePage(browser(), "ko");

        browser().findElement(By.id("outcome-CERTIFIED")).click();
        browser().findElement(By.cssSelector("form[action$='/decision'] button[type=submit]")).click();
        WebElement done = awaitElement(By.cssSelector("p.notice[role=status]"));
        Matcher number = Pattern.compile("SCS-\\d{4}-[A-Z]{2}-\\d{4}").matcher(done.getText());
        assertThat(number.find()).as(done.getText()).isTrue();
        // The case's page shows the number too once the pipeline's read model has the decision.
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            browser().navigate().refresh();
            assertThat(browser().findElement(By.cssSelector("dd.certificate-number")).getText())
                    .isEqualTo(number.group());
        });
        assertThat(browser().findElements(By.id("decide-heading"))).isEmpty();
        PageChecks.assertAccessiblePage(browser(), "ko");
        steps.awaitVerified(number.group(), "ACTIVE");
    }

    @Test
    void theAuditOfAnApplicationShowsEachEvaluatorsPointsWithChangesAndTheResolutionAndTheCsvHasTheSameRows() {
        pages.signIn("ministry");
        pages.open("/staff/ministry/audit?applicationId=" + applicationId, "ko");
        List<List<String>> rows = tableRows();
        String resolved = changed.resolvedPoints().stripTrailingZeros().toPlainString();
        List<List<String>> ofChanged = rows.stream().filter(row -> row.get(0).equals(changed.code())).toList();
        // evaluator1 scored 0, then changed it to the resolved points; the others scored once. Resolution beside each.
        assertThat(ofChanged).extracting(row -> row.get(1)).containsExactly("evaluator1", "evaluator1", "evaluator2",
                "evaluator3");
        assertThat(ofChanged.get(0).subList(3, 6)).containsExactly("", "0", "첫 채점");
        assertThat(ofChanged.get(1).subList(3, 5)).containsExactly("0", resolved);
        assertThat(ofChanged).allSatisfy(row -> {
            assertThat(row.get(2)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
            assertThat(row.get(6)).isEqualTo(resolved);
            assertThat(row.get(7)).isEqualTo("위원회 의결: 평가위원 채점과 근거자료 검토");
        });
        assertThat(rows).hasSize(steps.indicators().size() * COMMITTEE.size() + 1);
        PageChecks.assertAccessiblePage(browser(), "ko");

        String csvLink = browser().findElement(By.id("csv")).getDomAttribute("href");
        assertThat(csvRows(csvLink)).isEqualTo(rows);
    }

    @Test
    void theTrailOfOneEvaluatorAccountOverADayShowsItsScoresAcrossCasesAndTheCsvHasTheSameRows() {
        pages.signIn("ministry");
        String today = LocalDate.now(Seoul.ZONE).toString();
        pages.open("/staff/ministry/audit?evaluator=evaluator1&indicator=" + changed.code() + "&from=" + today
                + "&to=" + today, "en");
        List<List<String>> rows = tableRows();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("evaluator1");
            assertThat(row.get(5)).isEqualTo(changed.code());
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(2, 4))
                .containsExactly("IndicatorScoreChangedEvent", applicationId));
        PageChecks.assertAccessiblePage(browser(), "en");
        assertThat(csvRows(browser().findElement(By.id("csv")).getDomAttribute("href"))).isEqualTo(rows);
    }

    @Test
    void badAuditFiltersAreShownBesideTheirFields() {
        pages.signIn("ministry");
        pages.open("/staff/ministry/audit?from=2025-13-01&to=2025-01-01&indicator=abc", "ko");
        assertThat(browser().findElement(By.id("from-error")).getText()).isEqualTo("날짜는 2025-03-01 형식으로 적으십시오.");
        assertThat(browser().findElement(By.id("indicator-error")).getText()).isEqualTo("지표 코드는 1.1.1.1 형식입니다.");
        assertThat(browser().findElement(By.id("from")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser().findElement(By.id("from")).getDomAttribute("aria-describedby")).contains("from-error");
        assertThat(browser().findElements(By.id("csv"))).isEmpty();
        PageChecks.assertAccessiblePage(browser(), "ko");

        pages.open("/staff/ministry/audit?from=2025-03-02&to=2025-03-01", "ko");
        assertThat(browser().findElement(By.id("to-error")).getText()).isEqualTo("종료일이 시작일보다 앞섭니다.");
        expect(pages.api().get("/staff/ministry/audit?from=2025-13-01", "ministry"), 400);
        expect(pages.api().get("/staff/ministry/audit", "monitor"), 403);
    }

    private static List<List<String>> tableRows() {
        return browser().findElements(By.cssSelector("table.audit-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** The export's rows below its header, as the ministry downloads them. */
    private static List<List<String>> csvRows(String link) {
        Download csv = pages.api().download(link, "ministry");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<String> lines = Arrays.asList(text.substring(1).split("\r\n"));
        return lines.subList(1, lines.size()).stream().map(line -> Arrays.asList(line.split(",", -1))).toList();
    }
}
