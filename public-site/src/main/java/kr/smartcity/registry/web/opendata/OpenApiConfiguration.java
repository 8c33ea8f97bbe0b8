package kr.smartcity.registry.web.opendata;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3 description of the public API, generated from the controllers: {@code /v3/api-docs/public}, browsed
 * with the Swagger UI the registry serves itself. Staff operations stay out of the public group.
 */
@Configuration
class OpenApiConfiguration {

    static final String PUBLIC_GROUP = "public";

    @Bean
    OpenAPI registryOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("스마트도시 서비스 인증 레지스트리 공개 API (Smart City Service Certification Registry public API)")
                        .version("v1")
                        .description("""
                                인증받은 스마트도시 서비스의 목록과 상세, 인증번호 진위확인, 평가 기준, 통계, 변경 이력을 \
                                누구나 로그인 없이 조회할 수 있는 공개 데이터입니다. 응답은 ETag와 Last-Modified로 \
                                캐시할 수 있으며, 클라이언트별 요청 수가 제한됩니다(초과 시 429와 Retry-After).

                                Open data anyone may read without signing in: the certified smart city services and \
                                their history, certificate verification, the evaluation criteria, statistics and \
                                changes. Answers carry ETag and Last-Modified for caching; each client's request rate \
                                is limited (429 with Retry-After when exceeded)."""))
                // Relative, so the description is right behind any host name or reverse proxy.
                .servers(List.of(new Server().url("/")));
    }

    @Bean
    GroupedOpenApi publicApi() {
        return GroupedOpenApi.builder()
                .group(PUBLIC_GROUP)
                .displayName("공개 API (Public API)")
                .pathsToMatch(PublicApi.paths())
                .addOpenApiMethodFilter(OpenApiConfiguration::isRead)
                .addOpenApiCustomizer(new PublicApiResponses())
                .build();
    }

    /** Under a public path a staff operation is a POST (e.g. {@code /api/v1/certifications/imports}): reads only. */
    private static boolean isRead(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.GET);
    }
}
