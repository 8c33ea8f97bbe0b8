package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.infra.RegistryClient.Download;
import kr.smartcity.registry.infra.RegistryClient.Response;

/**
 * The public registry as its users reach it over HTTP (issue 5/6): search by initial consonants, the list's
 * orders, the changes since a time and as an Atom feed, the CSV export, and the indexes made at start.
 */
class RegistrySearchAndChangesApiTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String STREETLIGHT = "SCS-2023-E-0001";
    private static final String CROSSWALK = "SCS-2024-T-0002";
    private static final String CARE = "SCS-2019-H-0003";
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static List<String> registryIndexesAtStart;

    @BeforeAll
    static void startAndImportThreeCertifications() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        registryIndexesAtStart = indexNames("registry_entries");
        importCertification(STREETLIGHT, "스마트 가로등 에너지 관리", "Smart streetlight energy", "그린에너지(주)",
                "ENVIRONMENT_ENERGY", "77.5", TODAY.minusMonths(6));
        importCertification(CROSSWALK, "스마트 횡단보도", "Smart Crosswalk <Beta> & \\\"More\\\"",
                "한빛 \\\"교통\\\", 주식회사", "TRANSPORT", "85", TODAY.minusMonths(3));
        importCertification(CARE, "AI 돌봄 서비스", "AI care", "돌봄\\n(주)", "HEALTH_WELFARE", "91",
                LocalDate.of(2019, 12, 20));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(api.get("/api/v1/certifications", null).json().get("totalItems").asInt()).isEqualTo(3);
            assertThat(api.get("/api/v1/verify/" + CARE, null).json().get("status").asText()).isEqualTo("EXPIRED");
        });
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static void importCertification(String number, String nameKo, String nameEn, String holder, String field,
                                            String score, LocalDate from) {
        Response imported = api.post("/api/v1/certifications/imports", "ministry", """
                {"certificateNumber": "%s", "roundId": "%d", "holderNames": ["%s"],
                 "serviceNameKo": "%s", "serviceNameEn": "%s", "field": "%s", "level": "L1", "region": "부산광역시",
                 "areaScores": {"1": 25, "2": 40, "3": 15}, "totalScore": %s,
                 "validFrom": "%s", "validUntil": "%s"}
                """.formatted(number, from.getYear(), holder, nameKo, nameEn, field, score, from,
                from.plusYears(2).minusDays(1)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    }

    private static List<String> indexNames(String collection) {
        return registry.bean(MongoTemplate.class).indexOps(collection).getIndexInfo().stream()
                .map(IndexInfo::getName).toList();
    }

    private static List<String> numbers(String query) {
        Response list = api.get("/api/v1/certifications?" + query, null);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().get("items").findValuesAsText("certificateNumber");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void initialConsonantsFindWhatTheyBeginWhateverTheSpacing() {
        assertThat(numbers("q=" + encoded("ㅅㅁㅌ"))).containsExactlyInAnyOrder(STREETLIGHT, CROSSWALK);
        assertThat(numbers("q=" + encoded("ㅅㅁㅌ ㄱㄹㄷ"))).containsExactly(STREETLIGHT);
        assertThat(numbers("q=" + encoded("스마ㅌ횡"))).containsExactly(CROSSWALK);
        assertThat(numbers("q=" + encoded("SMART cross"))).containsExactly(CROSSWALK);
        assertThat(numbers("q=" + encoded("ㅅㅁㅌ") + "&field=TRANSPORT")).containsExactly(CROSSWALK);
    }

    @Test
    void theListComesInTheOrderAskedForAndRefusesAnUnknownOne() {
        assertThat(numbers("")).containsExactly(CROSSWALK, STREETLIGHT, CARE);
        assertThat(numbers("sort=newest")).containsExactly(CROSSWALK, STREETLIGHT, CARE);
        assertThat(numbers("sort=oldest")).containsExactly(CARE, STREETLIGHT, CROSSWALK);
        assertThat(numbers("sort=name")).containsExactly(CARE, STREETLIGHT, CROSSWALK);
        assertThat(numbers("sort=score")).containsExactly(CARE, CROSSWALK, STREETLIGHT);
        assertThat(numbers("sort=expiry")).containsExactly(CARE, STREETLIGHT, CROSSWALK);

        Response unknown = api.get("/api/v1/certifications?sort=popular", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).isEqualTo("invalid");
        assertThat(unknown.json().get("message").asText()).contains("newest", "expiry");
    }

    @Test
    void theChangesSinceATimeComeOldestFirstPageByPage() {
        Response all = api.get("/api/v1/changes?since=2000-01-01T00:00:00Z", null);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        JsonNode items = all.json().get("items");
        assertThat(items.findValuesAsText("event")).containsExactly("IMPORTED", "IMPORTED", "IMPORTED", "EXPIRED");
        assertThat(items.findValuesAsText("certificateNumber")).containsExactly(STREETLIGHT, CROSSWALK, CARE, CARE);
        JsonNode expired = items.get(3);
        assertThat(expired.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.get("serviceNameKo").asText()).isEqualTo("AI 돌봄 서비스");
        assertThat(expired.get("serviceNameEn").asText()).isEqualTo("AI care");
        assertThat(expired.get("at").asText()).isNotBlank();
        assertThat(all.json().get("next").isNull()).isTrue();

        JsonNode first = api.get("/api/v1/changes?limit=1&since=" + encoded("2000-01-01T09:00:00+09:00"), null)
                .json();
        assertThat(first.get("items").findValuesAsText("certificateNumber")).startsWith(STREETLIGHT);
        String next = first.get("next").asText();
        JsonNode rest = api.get("/api/v1/changes?since=" + encoded(next), null).json();
        assertThat(rest.get("items").size() + first.get("items").size()).isEqualTo(4);
        assertThat(rest.get("items").findValuesAsText("certificateNumber")).endsWith(CARE);

        JsonNode latest = api.get("/api/v1/changes?since=" + encoded(items.get(3).get("at").asText()), null).json();
        assertThat(latest.get("items")).isEmpty();
    }

    @Test
    void aMissingOrMalformedSinceIsA400() {
        for (String query : List.of("", "?since=yesterday", "?since=2024-06-01", "?since=2024-06-01T09:00:00 09:00",
                "?since=2000-01-01T00:00:00Z&limit=0")) {
            Response refused = api.get("/api/v1/changes" + query.replace(" ", "%20"), null);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).isEqualTo("invalid");
            assertThat(refused.body()).doesNotContain("Exception");
        }
    }

    @Test
    void theAtomFeedIsXmlWithAnEntryPerChangeNewestFirst() throws Exception {
        Download feed = api.download("/feed.atom", null);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");

        DocumentBuilderFactory parsers = DocumentBuilderFactory.newInstance();
        parsers.setNamespaceAware(true);
        Document xml = parsers.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        Element root = xml.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(text(root, "title")).contains("스마트도시");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(4);

        Element newest = (Element) entries.item(0);
        assertThat(text(newest, "id")).startsWith("urn:uuid:");
        assertThat(text(newest, "title")).contains("AI 돌봄 서비스", CARE);
        assertThat(text(newest, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
        assertThat(((Element) newest.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .endsWith("/certifications/" + CARE);
        assertThat(((Element) newest.getElementsByTagNameNS(ATOM, "category").item(0)).getAttribute("term"))
                .isEqualTo("EXPIRED");
        String crosswalk = text((Element) entries.item(2), "summary");
        assertThat(crosswalk).contains("Smart Crosswalk <Beta> & \"More\"", "한국 표준시");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void theListDownloadsAsCsvWithTheSameFiltersForExcel() {
        Download csv = api.download("/api/v1/certifications.csv?sort=name", null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains("certifications.csv");
        assertThat(csv.header("X-Total-Count")).isEqualTo("3");
        assertThat(csv.body()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("certificateNumber,serviceNameKo,serviceNameEn,holderName,field,level,"
                + "status,validFrom,validUntil,totalScore");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(CARE + ",AI 돌봄 서비스,AI care,\"돌봄\n(주)\",HEALTH_WELFARE,L1,EXPIRED,"
                + "2019-12-20,2021-12-19,91");
        assertThat(lines.get(3)).contains(",\"한빛 \"\"교통\"\", 주식회사\",", ",\"Smart Crosswalk <Beta> & \"\"More\"\"\",");

        Download expired = api.download("/api/v1/certifications.csv?status=EXPIRED", null);
        assertThat(new String(expired.body(), StandardCharsets.UTF_8).split("\r\n")).hasSize(2);
        assertThat(expired.header("X-Total-Count")).isEqualTo("1");

        Response malformed = api.get("/api/v1/certifications.csv?level=L9", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").asText()).isEqualTo("invalid");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("kr.smartcity");
    }

    @Test
    void theRegistryIndexesAreMadeAtStart() {
        assertThat(registryIndexesAtStart).contains("status_field_level_newest", "field_level_newest", "level_newest",
                "year_newest", "region_newest", "newest", "name", "score", "expiry");
        assertThat(indexNames("registry_changes")).contains("in_order");
        assertThat(indexNames("monitoring_schedule")).contains("expiring");
    }
}
