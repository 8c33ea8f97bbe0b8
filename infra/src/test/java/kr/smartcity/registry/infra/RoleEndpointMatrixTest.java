package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.command.api.Role;

/**
 * Who may call what (DESIGN.md §1, issue "Staff workspace and security"): every endpoint the registry serves — read
 * from Spring MVC, so a new one cannot slip by unclassified — is called by every role it is not open to, and by
 * nobody signed in; each answers 401/403 (a page sends the anonymous to the sign-in form) and the event store does
 * not grow. The same holds for a case the caller has no relation to: an evaluator not on its committee.
 */
class RoleEndpointMatrixTest {

    /** Open to anybody, signed in or not. */
    private static final Set<Role> PUBLIC = null;
    private static final Set<Role> SIGNED_IN = EnumSet.allOf(Role.class);

    /** "METHOD /pattern" → who may call it (the query side narrows what each sees where it says so). */
    private static final Map<String, Set<Role>> POLICY = new LinkedHashMap<>();

    static {
        for (String publicRead : List.of("/", "/criteria", "/criteria/{version}", "/certifications",
                "/certifications/{number}", "/certifications/{number}/certificate",
                "/certifications/{number}/certificate.pdf", "/certifications/{number}/qr.svg", "/verify",
                "/verify/{number}", "/statistics", "/login", "/error", "/feed.atom", "/api/v1/certifications",
                "/api/v1/certifications/{number}", "/api/v1/certifications.csv", "/api/v1/verify/{number}",
                "/api/v1/criteria/{version}", "/api/v1/statistics", "/api/v1/changes", "/api/v1/integrity/digest",
                "/v3/api-docs/public", "/v3/api-docs/swagger-config", "/swagger-ui.html")) {
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
    }

    private static void allow(String endpoint, Set<Role> roles) {
        POLICY.put(endpoint, roles);
    }

    private static StaffPages pages;
    private static RegistryClient api;
    private static Map<String, String> values;

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
        api = pages.api();
        JsonNode scored = firstWith(api.get("/api/v1/applications", "operator").json(), "evaluator1");
        values = Map.of("id", scored.get("applicationId").asText(), "roundId", scored.get("roundId").asText(),
                "number", "SCS-2025-TR-0001", "indicatorCode", "1.1.1.1", "name", "registry", "version", "2023",
                "group", "staff");
    }

    @Test
    void everyEndpointIsClassified() {
        Set<String> unclassified = new TreeSet<>();
        Endpoints.of(pages.registry()).forEach(endpoint -> {
            if (!POLICY.containsKey(endpoint.key()) && workspace(endpoint) == null) {
                unclassified.add(endpoint.key());
            }
        });
        assertThat(unclassified).as("endpoints nobody has said who may call").isEmpty();
    }

    @Test
    void everyForbiddenCallerIsRefusedAndNothingChanges() {
        long events = events();
        List<String> let = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.of(pages.registry())) {
            Set<Role> allowed = POLICY.containsKey(endpoint.key()) ? POLICY.get(endpoint.key()) : workspace(endpoint);
            if (allowed == PUBLIC) {
                continue;
            }
            String path = endpoint.path(values);
            int anonymous = call(endpoint, path, null);
            if (!(anonymous == 401 || anonymous == 403 || anonymous == 302)) {
                let.add("nobody signed in → " + endpoint.key() + ": " + anonymous);
            }
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowed.isEmpty() ? EnumSet.allOf(Role.class) : allowed))) {
                int status = call(endpoint, path, accountOf(role));
                if (status != 403) {
                    let.add(role + " → " + endpoint.key() + ": " + status);
                }
            }
        }
        assertThat(let).as("forbidden calls that were not refused").isEmpty();
        assertThat(events()).as("events stored").isEqualTo(events);
    }

    @Test
    void anEvaluatorNotOnTheCommitteeCanNeitherSeeNorScoreTheCase() {
        long events = events();
        String id = values.get("id");

        assertThat(api.get("/api/v1/applications/" + id, "evaluator4").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/applications/" + id + "/scorecard", "evaluator4").status()).isEqualTo(403);
        assertThat(api.put("/api/v1/applications/" + id + "/score-sheets/mine/1.1.1.1", "evaluator4",
                "{\"points\":1,\"basis\":\"b\",\"rationale\":\"r\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/applications/" + id + "/score-sheets/mine/submit", "evaluator4", "{}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/applications", "evaluator4").json().findValuesAsText("applicationId"))
                .doesNotContain(id);
        assertThat(events()).isEqualTo(events);
    }

    /** A staff workspace's pages, {@code /staff/<role>/…}, belong to that role alone. */
    private static Set<Role> workspace(Endpoints.Endpoint endpoint) {
        for (Role role : Role.values()) {
            String prefix = "/staff/" + role.name().toLowerCase(java.util.Locale.ROOT);
            if (endpoint.pattern().equals(prefix) || endpoint.pattern().startsWith(prefix + "/")) {
                return EnumSet.of(role);
            }
        }
        return null;
    }

    private static int call(Endpoints.Endpoint endpoint, String path, String account) {
        if (endpoint.page()) {
            PageSession session = account == null ? PageSession.anonymous(api) : PageSession.signedIn(api, account);
            return endpoint.writes() ? session.post(path, Map.of()).status() : session.get(path).status();
        }
        return api.send(endpoint.method(), path, account, endpoint.writes() ? "application/json" : null,
                endpoint.writes() ? "{}" : null).status();
    }

    private static String accountOf(Role role) {
        return role == Role.EVALUATOR ? "evaluator1" : role.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static JsonNode firstWith(JsonNode pipeline, String evaluator) {
        for (JsonNode application : pipeline) {
            for (JsonNode member : application.path("evaluators")) {
                if (member.asText().equals(evaluator)) {
                    return application;
                }
            }
        }
        throw new IllegalStateException("No demo application with " + evaluator + " on its committee");
    }

    private static long events() {
        return new JdbcTemplate(pages.registry().bean(DataSource.class))
                .queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }
}
