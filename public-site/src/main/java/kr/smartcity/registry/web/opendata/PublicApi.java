package kr.smartcity.registry.web.opendata;

import java.util.stream.Stream;

/**
 * The public API of DESIGN.md §6 by path: what anyone may GET without signing in. The OpenAPI description's public
 * group is these paths; the answers made from the registry alone carry its Last-Modified.
 */
final class PublicApi {

    /** Answers made from the registry of certified services: they change exactly when the registry does. */
    static final String[] REGISTRY_PATHS = {"/api/v1/certifications", "/api/v1/certifications/*",
        "/api/v1/certifications.csv", "/api/v1/verify/*", "/api/v1/changes", "/feed.atom"};

    /** The criteria and the statistics, which change with criteria versions and evaluations. */
    static final String[] OTHER_PATHS = {"/api/v1/criteria/*", "/api/v1/statistics"};

    private PublicApi() {
    }

    static String[] paths() {
        return Stream.concat(Stream.of(REGISTRY_PATHS), Stream.of(OTHER_PATHS)).toArray(String[]::new);
    }
}
