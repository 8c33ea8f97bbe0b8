package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One registry over the demo data and one browser, shared by every staff page test of a test run (starting either
 * takes seconds; each test class makes its own cases where it changes something). Both stop when the JVM does.
 */
final class StaffPages {

    private static StaffPages shared;

    private final RunningRegistry registry;
    private final ChromeDriver browser;

    private StaffPages(RunningRegistry registry, ChromeDriver browser) {
        this.registry = registry;
        this.browser = browser;
    }

    static synchronized StaffPages shared() throws Exception {
        if (shared == null) {
            RunningRegistry registry = RunningRegistry.startWithDemoData(Files.createTempDirectory("staff-pages"));
            RegistryClient api = registry.client();
            await().atMost(Duration.ofSeconds(300)).untilAsserted(() -> {
                assertThat(api.get("/api/v1/certifications?size=100", null).json().get("totalItems").asInt())
                        .isGreaterThanOrEqualTo(15);
                assertThat(api.get("/api/v1/statistics", null).json().get("passRates").findValuesAsText("decided"))
                        .anyMatch(decided -> Integer.parseInt(decided) > 0);
                // Every case made, and the one thing the demo data does by itself: a supplement deadline lapses.
                assertThat(api.get("/api/v1/applications", "operator").json().findValuesAsText("state"))
                        .contains("SUPPLEMENT_LAPSED", "DECIDED", "WITHDRAWN", "EXCLUDED");
            });
            StaffPages started = new StaffPages(registry, Browser.open());
            // The demo's past rounds close their windows by deadline, which the scheduler may fire a while later.
            await().atMost(Duration.ofSeconds(120)).until(() -> started.storedEvents("SubmissionWindowClosedEvent") >= 2);
            shared = started;
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    RegistryClient api() {
        return registry.client();
    }

    RunningRegistry registry() {
        return registry;
    }

    ChromeDriver browser() {
        return browser;
    }

    /** Signs out whoever is signed in, then signs in with a demo account (password {@code demo}). */
    void signIn(String account) {
        browser.manage().deleteAllCookies();
        open("/login", "ko");
        browser.findElement(By.id("username")).sendKeys(account);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("form [type=submit]")).click();
        // A click does not wait for the navigation it starts.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(URI.create(browser.getCurrentUrl()).getPath()).as(browser::getPageSource).isEqualTo("/staff"));
    }

    /** How many events the event store holds: a refused request must leave it as it was. */
    long storedEvents() {
        return new JdbcTemplate(registry.bean(DataSource.class))
                .queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    /** How many events of a type (its simple name) the event store holds. */
    long storedEvents(String type) {
        return new JdbcTemplate(registry.bean(DataSource.class)).queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE payloadType LIKE ?", Long.class, "%$" + type);
    }

    /** What the events after the first {@code count} are: to name what a request changed that it should not have. */
    List<String> eventsAfter(long count) {
        return new JdbcTemplate(registry.bean(DataSource.class)).queryForList(
                "SELECT payloadType FROM DomainEventEntry ORDER BY globalIndex OFFSET ? ROWS", String.class, count);
    }

    /** A demo application now in the given state (as the pipeline names it: {@code WITHDRAWN}, …). */
    String applicationIn(String state) {
        for (JsonNode application : api().get("/api/v1/applications", "operator").json()) {
            if (application.get("state").asText().equals(state)) {
                return application.get("applicationId").asText();
            }
        }
        throw new IllegalStateException("No demo application in state " + state);
    }

    /** Opens a page of the registry in a language ({@code ko} or {@code en}). */
    void open(String path, String language) {
        browser.get(api().url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
    }

    private void close() {
        browser.quit();
        registry.close();
    }
}
