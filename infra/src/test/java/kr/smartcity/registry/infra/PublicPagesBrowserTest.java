package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.RenewCertificationCommand;

/**
 * The public pages in a real browser over the demo data: home, registry with its facets, a service, 진위확인,
 * statistics and criteria, in Korean and English; each passes axe-core's WCAG 2.1 A/AA rules and loads nothing
 * from another host. To the demo set the test adds a renewal (an old number replaced by a new one not yet in force)
 * and enough housing services that the registry runs to a second page.
 */
class PublicPagesBrowserTest {

    private static final String RENEWED = "SCS-2024-TR-0901";
    private static final String SUCCESSOR = "SCS-2026-TR-0901";
    private static final String UNKNOWN = "SCS-1999-XX-0000";

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        registry = RunningRegistry.startWithDemoData(dataDir);
        api = registry.client();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/certifications?size=100", null).json().get("totalItems").asInt())
                    .isGreaterThanOrEqualTo(15);
            assertThat(api.get("/api/v1/statistics", null).json().get("passRates").findValuesAsText("decided"))
                    .anyMatch(decided -> Integer.parseInt(decided) > 0);
        });
        addARenewalAndMoreHousingServices();
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        registry.close();
    }

    static Stream<Arguments> publicPages() {
        return Stream.of("/", "/criteria", "/certifications", "/certifications?status=&page=2",
                        "/certifications?level=L9&year=abc", "/certifications/SCS-2025-TR-0002",
                        "/certifications/" + RENEWED, "/certifications/" + UNKNOWN, "/verify",
                        "/verify?number=SCS-2025-TR-0001", "/verify/SCS-2025-EE-0002", "/verify/" + RENEWED,
                        "/verify/" + UNKNOWN, "/verify?number=", "/statistics")
                .flatMap(path -> Stream.of(Arguments.of(path, "ko"), Arguments.of(path, "en")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("publicPages")
    void everyPublicPageIsAccessibleAndLoadsNothingFromAnotherHost(String path, String language) {
        browser.get(api.url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));

        PageChecks.assertAccessiblePage(browser, language);
    }

    @Test
    void theHomePageExplainsTheLevelsCountsTheServicesAndSearches() {
        browser.get(api.url("/?lang=ko"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("스마트도시 서비스 인증 레지스트리");
        assertThat(browser.findElement(By.xpath("//tr[th='L2']")).getText())
                .contains("네트워크 연계 서비스", "통신 네트워크를 이용하여 복수의 단위 서비스를 통합 운영");
        String activeTransport = browser.findElement(By.xpath("//tr[th='교통']/td")).getText();
        assertThat(activeTransport).isEqualTo(
                api.get("/api/v1/certifications?field=TRANSPORT&status=ACTIVE", null).json().get("totalItems").asText());
        assertThat(browser.findElements(By.cssSelector("ul.latest li"))).hasSizeBetween(5, 10);
        assertThat(browser.findElement(By.linkText("인증서 진위확인: 인증번호로 인증서가 진짜인지, 지금 유효한지 확인합니다"))
                .getDomAttribute("href")).isEqualTo("/verify");

        browser.findElement(By.id("home-q")).sendKeys("횡단보도");
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.search button")));
        assertThat(browser.getCurrentUrl()).contains("/certifications?q=");
        assertThat(column("인증번호")).contains("SCS-2025-TR-0001");
    }

    @Test
    void theFacetsNarrowTheRegistryAndTheAddressCarriesThem() {
        browser.get(api.url("/certifications?lang=ko"));
        choose("level", "L1");
        choose("field", "TRANSPORT");
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.facets button[type=submit]")));

        assertThat(browser.getCurrentUrl()).contains("level=L1", "field=TRANSPORT", "status=ACTIVE");
        JsonNode expected = api.get("/api/v1/certifications?level=L1&field=TRANSPORT&status=ACTIVE", null).json();
        assertThat(column("인증번호")).isNotEmpty()
                .containsExactlyElementsOf(expected.get("items").findValuesAsText("certificateNumber"));
        assertThat(column("레벨")).containsOnly("L1");
        assertThat(column("분야")).containsOnly("교통");
        assertThat(column("상태")).containsOnly("유효");
        assertThat(selected("level")).isEqualTo("L1");
        assertThat(selected("field")).isEqualTo("TRANSPORT");

        choose("level", "");
        choose("field", "");
        choose("status", "REVOKED");
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.facets button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("status=REVOKED");
        assertThat(column("인증번호")).contains("SCS-2025-EE-0002");
        assertThat(column("상태")).containsOnly("인증취소");

        browser.findElement(By.id("q")).sendKeys("crosswalk");
        choose("status", "");
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.facets button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("q=crosswalk", "status=&");
        assertThat(column("인증번호")).contains("SCS-2025-TR-0001");

        browser.findElement(By.id("q")).clear();
        choose("sort", "NAME");
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.facets button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("sort=NAME");
        assertThat(column("인증번호")).containsExactlyElementsOf(api.get("/api/v1/certifications?sort=name&size=20", null)
                .json().get("items").findValuesAsText("certificateNumber"));
    }

    @Test
    void allStatusesRunToASecondPageAndThePagerKeepsTheFilters() {
        browser.get(api.url("/certifications?status=&lang=ko"));
        int total = api.get("/api/v1/certifications?size=1", null).json().get("totalItems").asInt();
        assertThat(total).isGreaterThan(20);
        assertThat(column("인증번호")).hasSize(20);
        assertThat(browser.findElement(By.cssSelector(".pager a[aria-current='page']")).getText()).isEqualTo("1");

        StaffForms.clickAndWait(browser, browser.findElement(By.linkText("다음 쪽")));
        assertThat(browser.getCurrentUrl()).contains("status=&", "page=2");
        assertThat(column("인증번호")).hasSize(total - 20);
        assertThat(browser.findElement(By.cssSelector(".pager a[aria-current='page']")).getDomAttribute("aria-label"))
                .isEqualTo("2쪽");
        assertThat(browser.findElements(By.linkText("다음 쪽"))).isEmpty();
        assertThat(browser.findElement(By.linkText("이전 쪽")).getDomAttribute("href")).contains("page=1");
    }

    @Test
    void badFiltersAreAnsweredWithTheFormAndItsErrorsNeverA500() {
        var answer = api.get("/certifications?level=L9&page=abc", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("레벨은 목록에 있는 값(L1, L2, L3)이어야 합니다.", "쪽 번호는 1 이상의 숫자여야 합니다.")
                .doesNotContain("Exception");
        assertThat(api.get("/certifications?year=1&page=0&field=SPACE", null).status()).isEqualTo(400);
        assertThat(api.get("/certifications?q=" + "가".repeat(101), null).status()).isEqualTo(400);

        browser.get(api.url("/certifications?level=L9&lang=ko"));
        assertThat(browser.findElement(By.cssSelector(".form-errors")).getText()).contains("레벨은 목록에 있는 값");
        assertThat(browser.findElement(By.id("level")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("table.results"))).isEmpty();
    }

    @Test
    void aServicePageShowsHoldersScoresHistoryAndCertificateButNoEvaluator() {
        browser.get(api.url("/certifications/SCS-2025-TR-0002?lang=ko"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("교차로 연계 신호 최적화");
        assertThat(browser.findElements(By.cssSelector("dl.facts ul li"))).extracting(WebElement::getText)
                .containsExactly("(가상) 누리교통(주)", "(가상) 세종시");
        assertThat(browser.findElements(By.cssSelector("section[aria-labelledby='scores-heading'] tr")))
                .extracting(WebElement::getText)
                .containsExactly("평가 영역 점수", "영역 1. 스마트도시 부합성 24", "영역 2. 구성 및 기능 39.5", "영역 3. 운영 15",
                        "총점 78.5");
        assertThat(browser.findElement(By.cssSelector(".timeline li")).getText())
                .contains("기존 인증 이관", "KST", "유효");
        WebElement qr = browser.findElement(By.cssSelector("img.qr"));
        assertThat(qr.getDomAttribute("src")).isEqualTo("/certifications/SCS-2025-TR-0002/qr.svg");
        assertThat(qr.getDomAttribute("alt")).isEqualTo("인증번호 SCS-2025-TR-0002 진위확인 QR 코드");
        assertThat(browser.findElement(By.linkText("인증서 보기")).getDomAttribute("href"))
                .isEqualTo("/certifications/SCS-2025-TR-0002/certificate");
        assertThat(browser.findElement(By.linkText("인증서 내려받기 (PDF)")).getDomAttribute("href"))
                .isEqualTo("/certifications/SCS-2025-TR-0002/certificate.pdf");

        browser.get(api.url("/certifications/SCS-2025-EE-0001?lang=ko"));
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("인증 효력 정지", "사유: 현장 점검 결과 센서 30% 미작동");

        browser.get(api.url("/certifications/SCS-2026-TR-0001?lang=ko"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainIgnoringCase("evaluator");
    }

    @Test
    void aRenewedCertificateNamesItsSuccessorAndTheSuccessorItsPredecessor() {
        browser.get(api.url("/certifications/" + RENEWED + "?lang=ko"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("갱신", SUCCESSOR);
        assertThat(browser.findElement(By.cssSelector(".timeline")).getText())
                .contains("재심사 개시", "재심사 통과, 새 인증서로 갱신", "새 인증번호: " + SUCCESSOR);
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector(".notice a")));
        assertThat(browser.getCurrentUrl()).endsWith("/certifications/" + SUCCESSOR);
        assertThat(browser.findElement(By.cssSelector("dl.facts")).getText()).contains("이전 인증번호", RENEWED);
    }

    @Test
    void anUnknownServiceIsA404Page() {
        browser.get(api.url("/certifications/" + UNKNOWN + "?lang=ko"));
        assertThat(status()).isEqualTo(404);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("요청하신 페이지를 찾을 수 없습니다.");
    }

    @Test
    void theAccessibilityCheckFailsOnAViolation() {
        browser.get(api.url("/certifications/SCS-2025-TR-0002?lang=ko"));
        browser.executeScript("document.querySelector('img.qr').removeAttribute('alt');");
        assertThatThrownBy(() -> PageChecks.assertNoWcagViolation(browser)).hasMessageContaining("image-alt");
    }

    @Test
    void theVerifyFormTellsValidFromUnknownAndEveryStatus() {
        browser.get(api.url("/verify?lang=ko"));
        browser.findElement(By.id("number")).sendKeys("scs-2025-tr-0001");
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.verify-form button")));
        assertThat(browser.getCurrentUrl()).contains("/verify?number=scs-2025-tr-0001");
        assertThat(verdict()).isEqualTo("유효한 인증서입니다.");
        assertThat(browser.findElement(By.cssSelector(".verdict dl")).getText())
                .contains("SCS-2025-TR-0001", "스마트 횡단보도 안전 알림", "유효기간");

        browser.findElement(By.id("number")).clear();
        browser.findElement(By.id("number")).sendKeys(UNKNOWN);
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.verify-form button")));
        assertThat(verdict()).startsWith("등록되지 않은 인증번호입니다.");
        assertThat(status()).isEqualTo(404);
        assertThat(api.get("/verify/" + UNKNOWN, null).status()).isEqualTo(404);
        assertThat(api.get("/verify?number=", null).status()).isEqualTo(400);

        Map.of("SCS-2025-EE-0001", "효력이 정지", "SCS-2025-EE-0002", "인증이 취소", "SCS-2025-AD-0001", "재심사가 진행 중",
                "SCS-2022-HW-0001", "유효기간이 만료", SUCCESSOR, "아직 유효기간이 시작되지 않았습니다").forEach((number, words) -> {
                    browser.get(api.url("/verify/" + number + "?lang=ko"));
                    assertThat(verdict()).as(number).contains(words);
                });

        browser.get(api.url("/verify/" + RENEWED + "?lang=ko"));
        assertThat(browser.findElement(By.cssSelector(".verdict")).getText()).contains("대체되었습니다", SUCCESSOR);
        assertThat(browser.findElement(By.linkText(SUCCESSOR)).getDomAttribute("href")).isEqualTo("/verify/" + SUCCESSOR);
    }

    @Test
    void theStatisticsDrawChartsWithTheirNumbersInTables() {
        browser.get(api.url("/statistics?lang=ko"));
        List<WebElement> charts = browser.findElements(By.cssSelector("svg.chart"));
        assertThat(charts).hasSize(4);
        charts.forEach(chart -> {
            assertThat(chart.getDomAttribute("role")).isEqualTo("img");
            String[] labels = chart.getDomAttribute("aria-labelledby").split(" ");
            assertThat(chart.findElement(By.id(labels[0])).getTagName()).isEqualTo("title");
            assertThat(chart.findElement(By.id(labels[1])).getTagName()).isEqualTo("desc");
        });
        int total = api.get("/api/v1/certifications?size=1", null).json().get("totalItems").asInt();
        assertThat(browser.findElement(By.xpath("//table[caption='분야·레벨별 인증 수']/tfoot/tr/td[last()]")).getText())
                .isEqualTo(String.valueOf(total));
        assertThat(browser.findElement(By.xpath("//table[caption='인증 연도·상태별 인증 수']/tfoot/tr/td[last()]")).getText())
                .isEqualTo(String.valueOf(total));
        assertThat(browser.findElement(By.id("chart-field-desc")).getAttribute("textContent")).contains("교통 ");
        assertThat(browser.findElements(By.xpath("//table[caption='공모 회차별 신청, 판정, 인증 건수와 합격률']/tbody/tr")))
                .isNotEmpty();
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsFilters() {
        browser.get(api.url("/certifications?level=L1&field=TRANSPORT&lang=ko"));
        StaffForms.clickAndWait(browser, browser.findElement(By.linkText("English")));
        assertThat(browser.getCurrentUrl()).endsWith("/certifications?level=L1&field=TRANSPORT&lang=en");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Certified services");
        assertThat(column("Field")).containsOnly("Transport");
        assertThat(selected("level")).isEqualTo("L1");

        StaffForms.clickAndWait(browser, browser.findElement(By.linkText("한국어")));
        assertThat(browser.getCurrentUrl()).endsWith("/certifications?level=L1&field=TRANSPORT&lang=ko");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("인증 서비스 목록");

        browser.get(api.url("/certifications/" + UNKNOWN));
        StaffForms.clickAndWait(browser, browser.findElement(By.linkText("English")));
        assertThat(browser.getCurrentUrl()).endsWith("/certifications/" + UNKNOWN + "?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The request could not be handled");
        browser.get(api.url("/verify/SCS-2025-TR-0001"));
        assertThat(verdict()).isEqualTo("This certificate is valid.");
        browser.get(api.url("/?lang=ko"));
    }

    /** A certificate renewed on re-review, its successor not yet in force, and five more housing services. */
    private static void addARenewalAndMoreHousingServices() {
        LocalDate today = LocalDate.now();
        LocalDate lastDay = today.plusDays(30);
        importCertification(RENEWED, "스마트 버스정류장 안내", "TRANSPORT", lastDay.minusYears(2).plusDays(1), lastDay, null);
        importCertification(SUCCESSOR, "스마트 버스정류장 안내", "TRANSPORT", lastDay.plusDays(1),
                lastDay.plusYears(2), RENEWED);
        registry.bean(CommandGateway.class).sendAndWait(GenericCommandMessage
                .asCommandMessage(new RenewCertificationCommand(RENEWED, SUCCESSOR))
                .andMetaData(Map.of(AuditMetadata.ACTOR, "ministry", AuditMetadata.ROLE, "MINISTRY")));
        for (int i = 1; i <= 5; i++) {
            importCertification("SCS-2026-HO-09%02d".formatted(i), "(가상) 공동주택 스마트 관리 " + i, "HOUSING",
                    today.minusDays(10), today.minusDays(10).plusYears(2).minusDays(1), null);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/verify/" + RENEWED, null).json().path("replacedBy").asText())
                    .isEqualTo(SUCCESSOR);
            assertThat(api.get("/api/v1/statistics", null).json().get("certifications").findValues("count").stream()
                    .mapToInt(JsonNode::asInt).sum())
                    .isEqualTo(api.get("/api/v1/certifications?size=1", null).json().get("totalItems").asInt());
        });
    }

    private static void importCertification(String number, String name, String field, LocalDate from,
                                            LocalDate until, String previous) {
        var answer = api.post("/api/v1/certifications/imports", "ministry", """
                {"certificateNumber": "%s", "holderNames": ["(가상) 시험기업(주)"], "serviceNameKo": "%s",
                 "field": "%s", "level": "L1", "region": "세종특별자치시", "areaScores": {"1": 24, "2": 38, "3": 15},
                 "totalScore": 77, "validFrom": "%s", "validUntil": "%s", "previousNumber": %s}"""
                .formatted(number, name, field, from, until, previous == null ? "null" : "\"" + previous + "\""));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    private static void choose(String select, String value) {
        browser.findElement(By.cssSelector("#" + select + " option[value='" + value + "']")).click();
    }

    private static String selected(String select) {
        return browser.findElement(By.id(select)).getDomProperty("value");
    }

    /** The HTTP status of the page now shown. */
    private static long status() {
        return (Long) browser.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    }

    private static String verdict() {
        return browser.findElement(By.cssSelector(".verdict-text")).getText();
    }

    /** The texts of one column of the results table, by its header. */
    private static List<String> column(String header) {
        List<String> headers = browser.findElements(By.cssSelector("table.results thead th")).stream()
                .map(WebElement::getText).toList();
        int index = headers.indexOf(header) + 1;
        assertThat(index).as("column %s among %s", header, headers).isPositive();
        return browser.findElements(By.cssSelector("table.results tbody tr > :nth-child(" + index + ")")).stream()
                .map(WebElement::getText).toList();
    }
}
