package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kr.smartcity.registry.infra.RegistryClient.Response;

/**
 * Issue 6: the running registry describes its public API in OpenAPI 3, with the contract's paths and field names
 * (DESIGN.md §6) and without the staff operations, and serves a Swagger UI of its own. The description is saved to
 * docs/api/openapi-public.json, so a change of the public API shows in the commit that makes it.
 */
class OpenApiDescriptionTest {

    private static final Path SAVED = Path.of("..", "docs", "api", "openapi-public.json");

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static JsonNode description;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        Response response = api.get("/v3/api-docs/public", null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        description = response.json();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> properties(String schema) {
        JsonNode found = description.path("components").path("schemas").path(schema).path("properties");
        assertThat(found.isObject()).as("schema " + schema).isTrue();
        return names(found);
    }

    @Test
    void theDescriptionHasThePublicPathsAndNoStaffOperation() {
        assertThat(description.get("openapi").asText()).startsWith("3.");
        assertThat(names(description.get("paths"))).contains("/api/v1/certifications",
                "/api/v1/certifications/{number}", "/api/v1/verify/{number}", "/api/v1/criteria/{version}",
                "/api/v1/statistics");
        description.get("paths").forEach(path -> assertThat(names(path)).containsOnly("get"));
        assertThat(names(description.get("paths"))).noneMatch(path -> path.startsWith("/api/v1/rounds")
                || path.startsWith("/api/v1/applications") || path.startsWith("/api/v1/audit")
                || path.startsWith("/api/v1/admin") || path.endsWith("/imports") || path.endsWith("/suspension"));
        assertThat(description.at("/paths/~1api~1v1~1certifications/get/parameters").findValuesAsText("name"))
                .contains("field", "level", "status", "year", "region", "q", "page", "size");
        assertThat(names(description.get("paths"))).contains("/api/v1/certifications.csv", "/api/v1/changes",
                "/feed.atom");
        assertThat(names(description.at("/paths/~1api~1v1~1certifications.csv/get/responses/200/content")))
                .containsExactly("text/csv");
    }

    @Test
    void theSchemasHaveTheContractsFieldNames() {
        assertThat(properties("CertificationPage")).contains("items", "page", "size", "totalItems");
        assertThat(properties("CertificationSummary")).contains("certificateNumber", "serviceNameKo", "serviceNameEn",
                "holderName", "field", "level", "status", "validFrom", "validUntil", "totalScore");
        assertThat(properties("CertificationDetail")).contains("certificateNumber", "areaScores", "history");
        assertThat(properties("HistoryItem")).contains("at", "status", "event", "reason");
        assertThat(properties("Verification")).contains("certificateNumber", "status", "valid", "validFrom",
                "validUntil", "serviceNameKo", "holderName", "level", "field");
        assertThat(properties("CriteriaView")).contains("version", "passMark", "areas");
        assertThat(properties("AreaView")).contains("code", "nameKo", "nameEn", "maxPoints", "minimumPoints", "items");
        assertThat(properties("ItemView")).contains("code", "nameKo", "indicators");
        assertThat(properties("IndicatorView")).contains("code", "textKo", "maxPoints", "levels", "specialization");
        assertThat(properties("ApiError")).containsExactlyInAnyOrder("error", "message");
    }

    @Test
    void itIsTitledInKoreanAndEnglishAndServedRelativeToTheSite() {
        assertThat(description.at("/info/title").asText()).contains("공개 API").contains("public API");
        assertThat(description.at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void theSwaggerUiIsServedByTheRegistryItselfToAnyone() {
        Response page = api.get("/swagger-ui/index.html", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("//cdn", "unpkg.com", "jsdelivr");
        assertThat(api.get("/v3/api-docs/swagger-config", null).json().findValuesAsText("url"))
                .contains("/v3/api-docs/public");
    }

    @Test
    void theStaffOperationsAreDescribedOnlyToSignedInUsers() {
        assertThat(api.get("/v3/api-docs", null).status()).isNotEqualTo(200);
        Response all = api.get("/v3/api-docs", "operator");
        assertThat(all.status()).isEqualTo(200);
        assertThat(names(all.json().get("paths"))).contains("/api/v1/rounds", "/api/v1/certifications/imports");
    }

    @Test
    void theDescriptionIsSavedForTheDocs() throws IOException {
        Files.createDirectories(SAVED.getParent());
        Files.writeString(SAVED, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(description) + "\n");
        assertThat(SAVED).exists();
    }
}
