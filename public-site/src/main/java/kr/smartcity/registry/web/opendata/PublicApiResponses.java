package kr.smartcity.registry.web.opendata;

import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import kr.smartcity.registry.web.api.ApiError;

/**
 * What the controllers do not declare: the media type of the answers that are not JSON (they set it on the response)
 * and what every public operation may answer besides its result: 304 to a matching validator, and 400, 404 and 429
 * with the API's error body, {@link ApiError}.
 */
final class PublicApiResponses implements OpenApiCustomizer {

    private static final Map<String, String> NOT_JSON = Map.of(
            "/api/v1/certifications.csv", "text/csv",
            "/feed.atom", org.springframework.http.MediaType.APPLICATION_ATOM_XML_VALUE);

    @Override
    public void customise(OpenAPI openApi) {
        ModelConverters.getInstance().read(ApiError.class).forEach(openApi.getComponents()::addSchemas);
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            ApiResponses responses = operation.getResponses();
            if (NOT_JSON.containsKey(path)) {
                responses.get("200").content(new Content().addMediaType(NOT_JSON.get(path),
                        new MediaType().schema(new StringSchema())));
            }
            responses.addApiResponse("304", new ApiResponse()
                    .description("바뀌지 않음(If-None-Match, If-Modified-Since) / Not modified"));
            responses.addApiResponse("400", error("매개변수가 올바르지 않음 / A parameter is malformed"));
            if (path.contains("{")) {
                responses.addApiResponse("404", error("없는 인증번호 또는 버전 / No such number or version"));
            }
            responses.addApiResponse("429", error("요청 한도 초과: Retry-After 초 뒤에 다시 / Rate limited: retry after "
                    + "Retry-After seconds").addHeaderObject("Retry-After", new Header().schema(new IntegerSchema())));
        }));
    }

    private static ApiResponse error(String description) {
        Schema<?> body = new Schema<>().$ref("#/components/schemas/" + ApiError.class.getSimpleName());
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(body)));
    }
}
