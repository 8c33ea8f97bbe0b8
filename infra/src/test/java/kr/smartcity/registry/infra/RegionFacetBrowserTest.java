package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 3.1.1.2 외부 기반데이터: the registry's region facet runs on the shipped 행정구역 base data. The demo's regions are
 * written as applicants write them (수원시, 고양시, 세종특별자치시 …); the facet counts them per 시도, the list filters
 * by 시도 code on the page and in the public API, and an address written with a name before the facet still works.
 */
class RegionFacetBrowserTest {

    /** The 경기도 (41) cities of the demo certifications. */
    private static final Set<String> GYEONGGI = Set.of("수원시", "고양시", "안산시", "화성시");

    private static StaffPages pages;
    private static RegistryClient api;
    private static ChromeDriver browser;

    @BeforeAll
    static void shared() throws Exception {
        pages = StaffPages.shared();
        api = pages.api();
        browser = pages.browser();
    }

    private static List<String> numbers(String query) {
        return api.get("/api/v1/certifications?size=100&" + query, null).json().get("items")
                .findValuesAsText("certificateNumber");
    }

    private static JsonNode province(JsonNode facet, String code) {
        for (JsonNode province : facet.get("provinces")) {
            if (province.get("code").asText().equals(code)) {
                return province;
            }
        }
        throw new AssertionError("no 시도 " + code + " in " + facet);
    }

    @Test
    void thePublicApiFiltersByProvinceCodeAndCountsEachProvince() {
        List<String> gyeonggi = numbers("status=&region=41");
        assertThat(gyeonggi).contains("SCS-2025-AD-0001", "SCS-2021-FM-0001", "SCS-2025-LE-0001", "SCS-2025-HO-0001");
        gyeonggi.forEach(number -> assertThat(api.get("/api/v1/certifications/" + number, null).json()
                .get("region").asText()).isIn(GYEONGGI));
        assertThat(numbers("status=&region=" + URLEncoder.encode("경기", StandardCharsets.UTF_8)))
                .containsExactlyElementsOf(gyeonggi);

        JsonNode facet = api.get("/api/v1/certifications/regions?status=", null).json();
        assertThat(facet.get("provinces")).hasSize(17);
        assertThat(province(facet, "41").get("nameKo").asText()).isEqualTo("경기도");
        assertThat(province(facet, "41").get("nameEn").asText()).isEqualTo("Gyeonggi-do");
        assertThat(province(facet, "41").get("count").asInt()).isEqualTo(gyeonggi.size());
        assertThat(province(facet, "36").get("count").asInt()).isEqualTo(numbers("status=&region=36").size());
        long counted = facet.findValues("count").stream().mapToLong(JsonNode::asLong).sum()
                + facet.get("unresolved").asLong();
        assertThat(counted).isEqualTo(api.get("/api/v1/certifications?status=&size=1", null).json()
                .get("totalItems").asLong());
        assertThat(province(api.get("/api/v1/certifications/regions?status=&field=HOUSING", null).json(), "41")
                .get("count").asInt()).isEqualTo(numbers("status=&field=HOUSING&region=41").size());
    }

    @Test
    void theRegistryPageOffersEachProvinceWithItsCountAndFiltersByIt() {
        pages.open("/certifications?status=", "ko");
        int gyeonggi = numbers("status=&region=41").size();
        assertThat(option("41").getText()).isEqualTo("경기도 (" + gyeonggi + "건)");
        assertThat(browser.findElements(By.cssSelector("#region option"))).hasSize(1 + 17 + 1);

        option("41").click();
        StaffForms.clickAndWait(browser, browser.findElement(By.cssSelector("form.facets button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("region=41");
        assertThat(listed()).containsExactlyInAnyOrderElementsOf(numbers("status=&region=41"));
        assertThat(browser.findElement(By.id("region")).getDomProperty("value")).isEqualTo("41");
        PageChecks.assertAccessiblePage(browser, "ko");

        pages.open("/certifications?status=&region=41", "en");
        assertThat(option("41").getText()).isEqualTo("Gyeonggi-do (" + gyeonggi + ")");
        assertThat(option("11").getText()).startsWith("Seoul (");
        PageChecks.assertAccessiblePage(browser, "en");
    }

    @Test
    void anAddressWrittenWithAProvinceNameStillFindsItsCertifications() {
        pages.open("/certifications?status=&region=" + URLEncoder.encode("세종특별자치시", StandardCharsets.UTF_8), "ko");
        assertThat(browser.findElement(By.cssSelector("#region option:checked")).getText())
                .isEqualTo("세종특별자치시 (입력한 지역)");
        assertThat(listed()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(numbers("status=&region=36").stream().limit(20).toList());
        PageChecks.assertAccessiblePage(browser, "ko");
    }

    private static WebElement option(String value) {
        return browser.findElement(By.cssSelector("#region option[value='" + value + "']"));
    }

    /** The certificate numbers the page lists (the results' second column). */
    private static List<String> listed() {
        return browser.findElements(By.cssSelector("table.results tbody tr > td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }
}
