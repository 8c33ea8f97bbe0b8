package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.smartcity.registry.infra.RawHttp.Answer;

/**
 * Issue 6: public reads carry ETag, Last-Modified and Cache-Control and answer 304 when nothing changed; a change of
 * the registry changes both validators; what a signed-in user gets is never stored.
 */
class HttpCachingTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static RawHttp http;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        http = new RawHttp(api);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static void imported(String number) {
        LocalDate from = LocalDate.now().minusMonths(1);
        var created = api.post("/api/v1/certifications/imports", "ministry", """
                {"certificateNumber": "%s", "roundId": "2023", "holderNames": ["스마트교통(주)"],
                 "serviceNameKo": "스마트 횡단보도", "serviceNameEn": "Smart crosswalk", "field": "TRANSPORT",
                 "level": "L1", "region": "세종특별자치시", "areaScores": {"1": 25, "2": 40, "3": 16},
                 "totalScore": 81, "validFrom": "%s", "validUntil": "%s"}
                """.formatted(number, from, from.plusYears(2)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        awaitStatus(number, "ACTIVE");
    }

    private static void awaitStatus(String number, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(api.get("/api/v1/verify/" + number, null).json().path("status").asText()).isEqualTo(status));
    }

    /** Last-Modified is left out within the second the registry changed; the next second it is there. */
    private static Answer withLastModified(String path) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> http.get(path),
                answer -> answer.header("Last-Modified") != null);
    }

    @Test
    void aPublicAnswerIsCacheableAndARepeatWithItsValidatorsIsNotModified() {
        imported("SCS-2024-T-0601");
        for (String path : new String[] {"/api/v1/certifications/SCS-2024-T-0601", "/api/v1/verify/SCS-2024-T-0601",
            "/api/v1/certifications?level=L1"}) {
            Answer first = withLastModified(path);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.header("Cache-Control")).isEqualTo("max-age=60, public");
            assertThat(first.header("ETag")).isNotBlank();

            Answer byEtag = http.get(path, "If-None-Match", first.header("ETag"));
            assertThat(byEtag.status()).as(path).isEqualTo(304);
            assertThat(byEtag.body()).isEmpty();
            assertThat(byEtag.header("ETag")).isEqualTo(first.header("ETag"));

            assertThat(http.get(path, "If-Modified-Since", first.header("Last-Modified")).status()).as(path)
                    .isEqualTo(304);
        }
        Answer criteria = http.get("/api/v1/criteria/2023");
        assertThat(criteria.header("Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(http.get("/api/v1/criteria/2023", "If-None-Match", criteria.header("ETag")).status()).isEqualTo(304);
    }

    @Test
    void aChangeOfTheRegistryChangesTheETagAndTheLastModified() {
        String number = "SCS-2024-T-0602";
        imported(number);
        String path = "/api/v1/certifications/" + number;
        Answer before = withLastModified(path);
        Answer listBefore = withLastModified("/api/v1/certifications");

        var suspended = api.post(path + "/suspension", "ministry", "{\"reason\": \"장비 중단\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        awaitStatus(number, "SUSPENDED");

        Answer after = http.get(path, "If-None-Match", before.header("ETag"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(http.get(path, "If-Modified-Since", before.header("Last-Modified")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/certifications", "If-Modified-Since", listBefore.header("Last-Modified"))
                .status()).isEqualTo(200);
        assertThat(withLastModified(path).header("Last-Modified")).isNotEqualTo(before.header("Last-Modified"));
    }

    @Test
    void theRegistryPageRenderedOnceShowsTheNextChangeOfTheRegistry() {
        String number = "SCS-2024-T-0603";
        imported(number);
        String page = "/certifications?field=TRANSPORT&level=L1";
        Answer first = http.get(page);
        Answer kept = http.get(page);
        int active = count(first);
        assertThat(active).isPositive();
        assertThat(kept.body()).isEqualTo(first.body());
        assertThat(kept.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(kept.header("Content-Language")).isEqualTo("ko");
        assertThat(kept.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(kept.header("Content-Security-Policy")).isNotBlank();
        assertThat(kept.header("ETag")).isEqualTo(first.header("ETag"));

        var suspended = api.post("/api/v1/certifications/" + number + "/suspension", "ministry",
                "{\"reason\": \"장비 중단\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        awaitStatus(number, "SUSPENDED");

        Answer after = http.get(page, "If-None-Match", first.header("ETag"));
        assertThat(after.status()).isEqualTo(200);
        assertThat(count(after)).isEqualTo(active - 1);
        assertThat(http.get(page, "Cookie", "registry-lang=en").header("Content-Language")).isEqualTo("en");
    }

    /** 모두 N건: how many certifications the registry page found. */
    private static int count(Answer page) {
        Matcher found = Pattern.compile("모두 (\\d+)건").matcher(page.body());
        assertThat(found.find()).as(page.body()).isTrue();
        return Integer.parseInt(found.group(1));
    }

    @Test
    void pagesAreRevalidatedEveryTimeAndStaticFilesKeptADay() {
        Answer home = http.get("/");
        assertThat(home.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(home.headers().allValues("Vary")).contains("Cookie");
        assertThat(http.get("/", "If-None-Match", home.header("ETag")).status()).isEqualTo(304);

        assertThat(http.get("/css/site.css").header("Cache-Control")).isEqualTo("max-age=86400, public");
    }

    @Test
    void whatASignedInUserGetsIsNeverStored() {
        Answer staff = http.get("/api/v1/applications", "Authorization", RawHttp.basic("operator"));
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.header("Cache-Control")).contains("no-store");
        assertThat(staff.header("ETag")).isNull();

        Answer publicDataSignedIn = http.get("/api/v1/certifications", "Authorization", RawHttp.basic("ministry"));
        assertThat(publicDataSignedIn.status()).isEqualTo(200);
        assertThat(publicDataSignedIn.header("Cache-Control")).isEqualTo("no-store");
        assertThat(publicDataSignedIn.header("ETag")).isNull();
    }
}
