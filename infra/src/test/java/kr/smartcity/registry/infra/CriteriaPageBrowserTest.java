package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The criteria page in a real browser: Korean first, English on request, and the structure a
 * screen reader needs (language, one h1, captions, header scopes, a working skip link).
 */
class CriteriaPageBrowserTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        registry = RunningRegistry.start(dataDir);
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        registry.close();
    }

    @Test
    void theCriteriaReadInKoreanAsTheSeedPresentsThem() {
        browser.get(registry.client().url("/criteria"));

        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ko");
        assertThat(browser.findElements(By.tagName("h1"))).singleElement()
                .extracting(WebElement::getText).asString().contains("평가 세부지표");
        assertThat(browser.findElements(By.tagName("h2"))).extracting(WebElement::getText)
                .containsExactly("1. 스마트도시 부합성 — 배점 30점, 최소 15점", "2. 구성 및 기능 — 배점 50점, 최소 30점",
                        "3. 운영 — 배점 20점, 최소 10점");
        List<WebElement> tables = browser.findElements(By.cssSelector("table.criteria"));
        assertThat(tables).hasSize(9);
        tables.forEach(table -> assertThat(table.findElement(By.tagName("caption")).getText()).isNotBlank());
        assertThat(browser.findElements(By.cssSelector("table.criteria tbody tr"))).hasSize(56);
        assertThat(browser.findElements(By.cssSelector("thead th:not([scope='col'])"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("tbody th:not([scope='row'])"))).isEmpty();
        WebElement awareness = browser.findElement(By.xpath("//tbody/tr[th='1.1.1.1']"));
        assertThat(awareness.getText()).contains("시민이 인지").contains("S-111").contains("3");
        PageChecks.assertAccessiblePage(browser, "ko");
    }

    @Test
    void aCriteriaVersionOfItsOwnIsAnAccessiblePage() {
        browser.get(registry.client().url("/criteria/2023"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("평가 세부지표");
        PageChecks.assertAccessiblePage(browser, "ko");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        browser.get(registry.client().url("/criteria"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("본문 바로가기");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#main");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndShowsEnglish() {
        browser.get(registry.client().url("/criteria"));
        browser.findElement(By.linkText("English")).click();

        assertThat(browser.getCurrentUrl()).contains("/criteria?lang=en");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("evaluation indicators");
        assertThat(browser.findElement(By.xpath("//tbody/tr[th='1.1.1.1']")).getText())
                .contains("Citizens are aware");
        PageChecks.assertAccessiblePage(browser, "en");

        browser.findElement(By.linkText("한국어")).click();
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ko");
    }
}
