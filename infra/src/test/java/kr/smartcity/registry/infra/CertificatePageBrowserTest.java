package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import kr.smartcity.registry.command.api.Seoul;

/**
 * The certificate page in a real browser: Korean first and English on request, one h1, the QR
 * image's text alternative naming the verification address and the image itself reading as that
 * address; on paper only the certificate; a certification no longer in force says so; an unknown
 * number is the site's 404 page.
 */
class CertificatePageBrowserTest {

    private static final String BASE_URL = "https://registry.example.kr";
    private static final String ACTIVE = "SCS-2024-T-0051";
    private static final String EXPIRED = "SCS-2019-T-0008";
    private static final LocalDate FROM = LocalDate.now(Seoul.ZONE).minusMonths(3);
    private static final LocalDate UNTIL = FROM.plusYears(2).minusDays(1);

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        registry = RunningRegistry.start(dataDir, "--registry.public-base-url=" + BASE_URL);
        ImportedCertifications.add(registry.client(), ACTIVE, "스마트 횡단보도 안전 서비스", FROM, UNTIL, "ACTIVE");
        ImportedCertifications.add(registry.client(), EXPIRED, "스마트 버스정류장", LocalDate.of(2019, 12, 20),
                LocalDate.of(2021, 12, 19), "EXPIRED");
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        registry.close();
    }

    private static void open(String number, String language) {
        browser.get(registry.client().url("/certifications/" + number + "/certificate?lang=" + language));
    }

    @Test
    void theCertificateReadsInKoreanAndItsQrCodeReadsAsTheVerificationAddress() throws Exception {
        open(ACTIVE, "ko");

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ko");
        assertThat(browser.findElements(By.tagName("h1"))).singleElement()
                .extracting(WebElement::getText).isEqualTo("스마트도시 서비스 인증서");
        DateTimeFormatter korean = DateTimeFormatter.ofPattern("yyyy년 M월 d일");
        assertThat(browser.findElement(By.cssSelector(".certificate dl")).getText())
                .contains(ACTIVE, "스마트 횡단보도 안전 서비스", "Smart crossing", "스마트교통(주), 세종특별자치시",
                        "L2 (네트워크 연계 서비스)", "교통", korean.format(FROM) + " ~ " + korean.format(UNTIL), "유효 (");
        assertThat(browser.findElements(By.className("certificate-notice"))).isEmpty();
        assertThat(browser.findElement(By.className("certificate-issuer")).getText()).isEqualTo("국토교통부장관");

        String verification = BASE_URL + "/verify/" + ACTIVE;
        WebElement qr = browser.findElement(By.cssSelector(".certificate img"));
        assertThat(qr.getDomAttribute("alt")).isEqualTo("진위확인 QR 코드: " + verification);
        assertThat(QrReader.read(ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES)))))
                .isEqualTo(verification);
        assertThat(browser.findElement(By.linkText("PDF로 내려받기 (A4)")).getDomAttribute("href"))
                .isEqualTo("/certifications/" + ACTIVE + "/certificate.pdf?lang=ko");
        PageChecks.assertAccessiblePage(browser, "ko");
    }

    @Test
    void theLanguageSwitchShowsTheCertificateInEnglish() {
        open(ACTIVE, "ko");
        browser.findElement(By.linkText("English")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/certifications/" + ACTIVE + "/certificate?lang=en");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.tagName("h1"))).singleElement()
                .extracting(WebElement::getText).isEqualTo("Smart City Service Certificate");
        assertThat(browser.findElement(By.cssSelector(".certificate dl")).getText())
                .contains("Smart crossing", "L2 (Network-linked service)", "Transport", FROM + " to " + UNTIL);
        assertThat(browser.findElement(By.cssSelector(".certificate img")).getDomAttribute("alt"))
                .isEqualTo("QR code for verification: " + BASE_URL + "/verify/" + ACTIVE);
        PageChecks.assertAccessiblePage(browser, "en");

        browser.findElement(By.linkText("한국어")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("스마트도시 서비스 인증서");
    }

    @Test
    void onPaperOnlyTheCertificateIsPrinted() {
        open(ACTIVE, "ko");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.className("certificate")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.className("site-header")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.className("site-footer")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.className("certificate-actions")).isDisplayed()).isFalse();
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aCertificationNoLongerInForceSaysSoInWords() {
        open(EXPIRED, "ko");

        assertThat(browser.findElement(By.className("certificate-notice")).getText())
                .isEqualTo("이 인증은 유효기간이 만료되었습니다(유효기간 만료). 이 인증서는 효력이 없습니다.");
        assertThat(browser.findElement(By.cssSelector(".certificate dl")).getText()).contains("유효기간 만료 (");
    }

    @Test
    void anUnknownNumberIsTheSites404Page() {
        open("SCS-1999-X-0000", "ko");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("요청을 처리할 수 없습니다");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("요청하신 페이지를 찾을 수 없습니다.");
    }
}
