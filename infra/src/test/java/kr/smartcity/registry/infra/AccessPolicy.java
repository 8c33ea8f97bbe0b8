package kr.smartcity.registry.infra;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kr.smartcity.registry.command.api.Role;

/**
 * Who may call each endpoint, written down once for the tests that check it (DESIGN.md §1): the role × endpoint
 * matrix and the bad-input corpus, which sends its input as a role that may call.
 */
final class AccessPolicy {

    /** Open to anybody, signed in or not. */
    static final Set<Role> PUBLIC = null;
    static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);

    /** "METHOD /pattern" → who may call it (the query side narrows what each sees where it says so). */
    private static final Map<String, Set<Role>> POLICY = new LinkedHashMap<>();

    static {
        for (String publicRead : List.of("/", "/criteria", "/criteria/{version}", "/certifications",
                "/certifications/{number}", "/certifications/{number}/certificate",
                "/certifications/{number}/certificate.pdf", "/certifications/{number}/qr.svg", "/verify",
                "/verify/{number}", "/statistics", "/login", "/error", "/feed.atom", "/api/v1/certifications",
                "/api/v1/certifications/{number}", "/api/v1/certifications/regions", "/api/v1/certifications.csv",
                "/api/v1/verify/{number}", "/api/v1/criteria/{version}", "/api/v1/statistics", "/api/v1/changes",
                "/api/v1/integrity/digest", "/v3/api-docs/public", "/v3/api-docs/swagger-config", "/swagger-ui.html")) {
            allow("GET " + publicRead, PUBLIC);
        }
        // Signed in: the query side shows each role its own part (the pipeline, a case, its updates, the scorecard).
        for (String signedIn : List.of("GET /staff", "GET /api/v1/applications", "GET /api/v1/applications/{id}",
                "GET /api/v1/applications/{id}/updates", "GET /api/v1/applications/{id}/scorecard", "GET /v3/api-docs",
                "GET /v3/api-docs/{group}", "GET /v3/api-docs.yaml", "GET /v3/api-docs.yaml/{group}")) {
            allow(signedIn, SIGNED_IN);
        }
        allow("POST /api/v1/rounds", EnumSet.of(Role.OPERATOR));
        allow("POST /api/v1/rounds/{roundId}/schedule", EnumSet.of(Role.OPERATOR));
        allow("POST /api/v1/rounds/{roundId}/applications", EnumSet.of(Role.APPLICANT));
        allow("POST /api/v1/applications/{id}/supplements", EnumSet.of(Role.APPLICANT));
        allow("POST /api/v1/applications/{id}/withdrawal", EnumSet.of(Role.APPLICANT));
        for (String operator : List.of("preliminary-review", "pre-evaluation", "committee", "resolutions", "conclusion",
                "site-inspection")) {
            allow("POST /api/v1/applications/{id}/" + operator, EnumSet.of(Role.OPERATOR));
        }
        allow("POST /api/v1/certifications/{number}/re-review-applications", EnumSet.of(Role.OPERATOR));
        allow("PUT /api/v1/applications/{id}/score-sheets/mine/{indicatorCode}", EnumSet.of(Role.EVALUATOR));
        allow("POST /api/v1/applications/{id}/score-sheets/mine/submit", EnumSet.of(Role.EVALUATOR));
        allow("POST /api/v1/applications/{id}/decision", EnumSet.of(Role.MINISTRY));
        allow("POST /api/v1/certifications/{number}/monitoring-checks", EnumSet.of(Role.MONITOR, Role.MINISTRY));
        allow("POST /api/v1/certifications/{number}/re-review", EnumSet.of(Role.MONITOR, Role.MINISTRY));
        for (String ministry : List.of("/api/v1/certifications/{number}/suspension",
                "/api/v1/certifications/{number}/reinstatement", "/api/v1/certifications/{number}/revocation",
                "/api/v1/certifications/{number}/reissue", "/api/v1/certifications/imports")) {
            allow("POST " + ministry, EnumSet.of(Role.MINISTRY));
        }
        allow("GET /api/v1/audit", EnumSet.of(Role.MINISTRY, Role.ADMIN));
        allow("GET /api/v1/audit.csv", EnumSet.of(Role.MINISTRY, Role.ADMIN));
        allow("GET /api/v1/monitoring/schedule", EnumSet.of(Role.MONITOR, Role.MINISTRY, Role.OPERATOR, Role.ADMIN));
        allow("GET /api/v1/monitoring/certifications/{number}/checks",
                EnumSet.of(Role.MONITOR, Role.MINISTRY, Role.OPERATOR, Role.ADMIN));
        allow("GET /api/v1/admin/projections", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/admin/projections/rebuild", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/admin/projections/{name}/rebuild", EnumSet.of(Role.ADMIN));
        allow("GET /api/v1/admin/integrity", EnumSet.of(Role.ADMIN));
        allow("POST /api/v1/admin/backups", EnumSet.of(Role.ADMIN));
        for (String accounts : List.of("GET /api/v1/admin/account-changes", "GET /api/v1/admin/accounts",
                "GET /api/v1/admin/accounts/{name}", "POST /api/v1/admin/accounts",
                "POST /api/v1/admin/accounts/{name}/disable", "POST /api/v1/admin/accounts/{name}/enable",
                "POST /api/v1/admin/accounts/{name}/password", "POST /api/v1/admin/accounts/{name}/roles")) {
            allow(accounts, EnumSet.of(Role.ADMIN));
        }
        // "계속 사용": any signed-in account extends its own session.
        allow("POST /staff/session", SIGNED_IN);
    }

    private static void allow(String endpoint, Set<Role> roles) {
        POLICY.put(endpoint, roles);
    }

    private AccessPolicy() {
    }

    static boolean classifies(Endpoints.Endpoint endpoint) {
        return POLICY.containsKey(endpoint.key()) || workspace(endpoint) != null;
    }

    /** The roles that may call it; {@link #PUBLIC} for everybody. */
    static Set<Role> allowed(Endpoints.Endpoint endpoint) {
        return POLICY.containsKey(endpoint.key()) ? POLICY.get(endpoint.key()) : workspace(endpoint);
    }

    /** The demo account of a role. */
    static String demoAccount(Role role) {
        return role == Role.EVALUATOR ? "evaluator1" : role.name().toLowerCase(Locale.ROOT);
    }

    /** A staff workspace's pages, {@code /staff/<role>/…}, belong to that role alone. */
    private static Set<Role> workspace(Endpoints.Endpoint endpoint) {
        for (Role role : Role.values()) {
            String prefix = "/staff/" + role.name().toLowerCase(Locale.ROOT);
            if (endpoint.pattern().equals(prefix) || endpoint.pattern().startsWith(prefix + "/")) {
                return EnumSet.of(role);
            }
        }
        return null;
    }

}
