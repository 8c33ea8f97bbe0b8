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
 * 신청인 업무 in the browser as the demo account {@code applicant}: a new application to the open demo round through
 * the form (errors beside the fields, the command side's refusal of a bad check digit in the form), its case page,
 * the answer to a supplement request the operator makes through the API, the withdrawal after its confirmation
 * step; a closed round's refusal; a certified demo case's scores and certificate links.
 */
class ApplicantPagesBrowserTest {

    private static final String CURRENT_ROUND = String.valueOf(Year.now(Seoul.ZONE).getValue());

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
    void theApplicantAppliesAnswersASupplementRequestAndWithdraws() {
        pages.signIn("applicant");
        pages.open("/staff/applicant", "ko");
        PageChecks.assertAccessiblePage(browser, "ko");
        clickAndWait(browser, browser.findElement(By.linkText(CURRENT_ROUND + " 공모 신청서 작성")));
        PageChecks.assertAccessiblePage(browser, "ko");

        // Step 1: field and level; nothing chosen is an error beside each list.
        clickAndWait(browser, browser.findElement(By.cssSelector("main form button")));
        assertFieldError("field", "고르십시오");
        assertFieldError("level", "고르십시오");
        browser.findElement(By.cssSelector("#field option[value=TRANSPORT]")).click();
        browser.findElement(By.cssSelector("#level option[value=L1]")).click();
        clickAndWait(browser, browser.findElement(By.cssSelector("main form button")));
        PageChecks.assertAccessiblePage(browser, "ko");
        List<Indicator> indicators = steps.indicators();
        assertThat(browser.findElements(By.cssSelector("table.self-evaluation tbody tr"))).hasSize(indicators.size());

        // Step 2: the form with faults the page finds.
        String service = "신청 화면 시험 서비스 " + System.nanoTime();
        fillApplication(service, "1234567890");
        type(browser, "rep-phone", "");
        Indicator first = indicators.get(0);
        Indicator second = indicators.get(1);
        type(browser, "self-" + first.code(), first.maxPoints().add(BigDecimal.ONE).toPlainString());
        type(browser, "self-" + second.code(), "-1");
        submitForm();
        assertFieldError("rep-businessRegistrationNumber", "000-00-00000");
        assertFieldError("rep-phone", "입력하십시오");
        assertFieldError("self-" + first.code(), "배점(" + first.maxPoints().stripTrailingZeros().toPlainString());
        assertFieldError("self-" + second.code(), "0점 이상");
        assertThat(browser.findElement(By.id("serviceNameKo")).getDomAttribute("value")).isEqualTo(service);
        PageChecks.assertAccessiblePage(browser, "ko");

        // A well-formed number whose check digit is wrong: the command side refuses it, the form says why.
        type(browser, "rep-businessRegistrationNumber", "123-45-67890");
        type(browser, "rep-phone", "02-123-4567");
        type(browser, "self-" + first.code(), first.maxPoints().toPlainString());
        type(browser, "self-" + second.code(), "1");
        submitForm();
        assertThat(browser.findElement(By.cssSelector("main .form-errors")).getText()).contains("사업자등록번호");

        type(browser, "rep-businessRegistrationNumber", "220-81-62517");
        submitForm();
        assertThat(path()).startsWith("/staff/applicant/cases/");
        String casePath = path();
        String applicationId = casePath.substring(casePath.lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText()).contains("제출했습니다");
        assertThat(browser.findElement(By.cssSelector(".case-state")).getText()).isEqualTo("접수");
        PageChecks.assertAccessiblePage(browser, "ko");
        pages.open("/staff/applicant", "ko");
        assertThat(browser.findElement(By.linkText(service)).getDomAttribute("href")).isEqualTo(casePath);

        // 보완 요청 by the operator; the applicant answers it on the case page.
        steps.requestSupplement(applicationId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            pages.open(casePath, "ko");
            assertThat(browser.findElements(By.cssSelector(".supplement-items li"))).isNotEmpty();
        });
        assertThat(browser.findElement(By.cssSelector(".supplement-items")).getText()).contains("설문조사 보고서 원본");
        PageChecks.assertAccessiblePage(browser, "ko");
        pages.open("/staff/applicant", "ko");
        assertThat(browser.findElement(By.xpath("//tr[th/a[text()='" + service + "']]")).getText()).contains("보완 기한");
        pages.open(casePath, "ko");
        clickAndWait(browser, browser.findElement(By.cssSelector(".supplement form button")));
        assertFieldError("note", "입력하십시오");
        PageChecks.assertAccessiblePage(browser, "ko");
        type(browser, "documentTitle", "시민 인지도 설문조사 보고서(원본)");
        type(browser, "note", "요청하신 원본을 제출합니다.");
        clickAndWait(browser, browser.findElement(By.cssSelector(".supplement form button")));
        assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText()).contains("보완 서류를 제출했습니다");
        awaitState(casePath, "보완 제출");

        // 철회: a confirmation page asks for the reason.
        clickAndWait(browser, browser.findElement(By.cssSelector("a[href$='/withdraw']")));
        PageChecks.assertAccessiblePage(browser, "ko");
        clickAndWait(browser, browser.findElement(By.cssSelector("main form button")));
        assertFieldError("reason", "입력하십시오");
        type(browser, "reason", "사업 계획 변경");
        clickAndWait(browser, browser.findElement(By.cssSelector("main form button")));
        assertThat(browser.findElement(By.cssSelector("main [role=status]")).getText()).contains("철회했습니다");
        awaitState(casePath, "신청 철회");
        assertThat(browser.findElement(By.cssSelector(".case-history")).getText())
                .contains("보완 요청", "보완 제출", "신청 철회", "사업 계획 변경");
        assertThat(browser.findElements(By.cssSelector("a[href$='/withdraw']"))).isEmpty();
        PageChecks.assertAccessiblePage(browser, "ko");
        pages.open(casePath, "en");
        assertThat(browser.findElement(By.cssSelector(".case-state")).getText()).isEqualTo("Withdrawn");
        PageChecks.assertAccessiblePage(browser, "en");
    }

    @Test
    void aClosedRoundRefusesTheApplicationInTheForm() {
        pages.signIn("applicant");
        pages.open("/staff/applicant", "ko");
        assertThat(browser.findElements(By.linkText("2025 공모 신청서 작성"))).isEmpty();
        pages.open("/staff/applicant/rounds/2025/apply?field=TRANSPORT&level=L1", "ko");
        assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("접수하지 않습니다");
        fillApplication("마감 공모 시험 서비스 " + System.nanoTime(), "220-81-62517");
        submitForm();
        assertThat(path()).isEqualTo("/staff/applicant/rounds/2025/apply");
        assertThat(browser.findElement(By.cssSelector("main .form-errors")).getText()).isNotBlank();
        PageChecks.assertAccessiblePage(browser, "ko");
    }

    @Test
    void aCertifiedCaseShowsItsAreaScoresDecisionAndCertificate() {
        pages.signIn("applicant");
        pages.open("/staff/applicant", "ko");
        clickAndWait(browser, browser.findElement(By.linkText("스마트 횡단보도 음성 안내")));
        assertThat(browser.findElement(By.cssSelector(".case-state")).getText()).isEqualTo("인증여부 결정");
        assertThat(browser.findElement(By.cssSelector(".decision")).getText()).isEqualTo("인증되었습니다.");
        assertThat(browser.findElements(By.cssSelector(".area-scores tbody tr"))).hasSize(3);
        String pdf = browser.findElement(By.cssSelector("a[href$='/certificate.pdf']")).getDomAttribute("href");
        assertThat(pdf).matches("/certifications/SCS-\\d{4}-[A-Z]{2}-\\d{4}/certificate\\.pdf");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("evaluator");
        PageChecks.assertAccessiblePage(browser, "ko");
        pages.open(path(), "en");
        assertThat(browser.findElement(By.cssSelector(".decision")).getText()).isEqualTo("Certified.");
        PageChecks.assertAccessiblePage(browser, "en");
    }

    private static void fillApplication(String service, String businessNumber) {
        type(browser, "rep-organisationName", "스마트교통(주)");
        browser.findElement(By.cssSelector("#rep-organisationType option[value=COMPANY]")).click();
        type(browser, "rep-businessRegistrationNumber", businessNumber);
        type(browser, "rep-representativeName", "홍길동");
        type(browser, "rep-phone", "02-123-4567");
        type(browser, "rep-address", "세종특별자치시 도움6로 11");
        type(browser, "serviceNameKo", service);
        type(browser, "serviceNameEn", "Smart crossing");
        type(browser, "region", "세종특별자치시");
        type(browser, "description", "교차로 보행자 안전 서비스");
    }

    private static void submitForm() {
        clickAndWait(browser, browser.findElement(By.cssSelector("form.application-form .actions button")));
    }

    private static void awaitState(String casePath, String state) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            pages.open(casePath, "ko");
            assertThat(browser.findElement(By.cssSelector(".case-state")).getText()).isEqualTo(state);
        });
    }

    /** The field is marked invalid and described by its error, which says {@code text}. */
    private static void assertFieldError(String fieldId, String text) {
        WebElement field = browser.findElement(By.id(fieldId));
        assertThat(field.getDomAttribute("aria-invalid")).as(browser::getPageSource).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).contains(fieldId + "-error");
        assertThat(browser.findElement(By.id(fieldId + "-error")).getText()).contains(text);
    }

    private static String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
