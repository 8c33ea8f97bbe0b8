package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What every public page must pass in the browser: no WCAG 2.1 A/AA violation that axe-core finds when run in the
 * page (the script comes from Deque's Maven artifact, see infra/pom.xml), and nothing loaded from another host.
 */
final class PageChecks {

    private static final String AXE = script("/axe.min.js");
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                .then(result => done(result.violations.map(violation => violation.id + ' (' + violation.impact + '): '
                        + violation.help + '\\n    ' + violation.nodes.map(node => node.target.join(' ') + ' — '
                        + node.failureSummary.replace(/\\n/g, ' ')).join('\\n    '))),
                      error => done(['axe failed: ' + error]));
            """;
    private static final String EVERY_ADDRESS = """
            return performance.getEntriesByType('resource').map(entry => entry.name)
                .concat([...document.querySelectorAll('[src], link[href]')].map(element => element.src || element.href));
            """;

    private PageChecks() {
    }

    /**
     * The page now shown is in the given language, has one h1, a main landmark the skip link leads to, tables with
     * captions and scoped headers, help in the same place on every page (KWCAG 3.2.2 찾기 쉬운 도움 정보: the
     * operator's contact in the footer), loads nothing from another host and passes axe-core.
     */
    static void assertAccessiblePage(ChromeDriver browser, String language) {
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
        assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("main#main"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("body a")).getDomAttribute("href")).isEqualTo("#main");
        assertThat(browser.findElements(By.cssSelector("th:not([scope])"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("footer a[href^='tel:']"))).hasSize(1);
        browser.findElements(By.tagName("table")).forEach(table ->
                assertThat(table.findElement(By.tagName("caption")).getText()).isNotBlank());
        assertNothingFromAnotherHost(browser);
        assertNoWcagViolation(browser);
    }

    /** Runs axe-core in the page now shown and fails with every WCAG 2.1 A/AA violation it reports. */
    static void assertNoWcagViolation(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(AXE);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) browser.executeAsyncScript(RUN_AXE);
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations on %s", browser.getCurrentUrl()).isEmpty();
    }

    /** Every resource the page loaded and every address it points a script, style or image at is on its own host. */
    static void assertNothingFromAnotherHost(ChromeDriver browser) {
        URI page = URI.create(browser.getCurrentUrl());
        @SuppressWarnings("unchecked")
        List<String> addresses = (List<String>) browser.executeScript(EVERY_ADDRESS);
        assertThat(addresses).as("what %s loads", page).allSatisfy(address -> {
            URI uri = URI.create(address);
            assertThat(uri.getScheme() + "://" + uri.getAuthority()).isEqualTo(page.getScheme() + "://" + page.getAuthority());
        });
    }

    private static String script(String resource) {
        try (InputStream in = PageChecks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: com.deque.html.axe-core:selenium brings it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
