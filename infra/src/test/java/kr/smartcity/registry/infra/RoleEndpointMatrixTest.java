package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.command.api.Role;

/**
 * Who may call what (DESIGN.md §1, issue "Staff workspace and security"): every endpoint the registry serves — read
 * from Spring MVC, so a new one cannot slip by unclassified — is called by every role it is not open to, and by
 * nobody signed in; each answers 401/403 (a page sends the anonymous to the sign-in form) and the event store does
 * not grow. The same holds for a case the caller has no relation to: an evaluator not on its committee, an
 * applicant that did not submit it.
 */
class RoleEndpointMatrixTest {

    private static StaffPages pages;
    private static RegistryClient api;
    private static Map<String, String> values;
    /** One signed-in page session per account: a refused request leaves the session as it was. */
    private static final Map<String, PageSession> SESSIONS = new HashMap<>();

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
            if (!AccessPolicy.classifies(endpoint)) {
                unclassified.add(endpoint.key());
            }
        });
        assertThat(unclassified).as("endpoints nobody has said who may call").isEmpty();
    }

    @Test
    void everyForbiddenCallerIsRefusedAndNothingChanges() {
        long events = pages.storedEvents();
        List<String> let = new ArrayList<>();
        for (Endpoints.Endpoint endpoint : Endpoints.of(pages.registry())) {
            Set<Role> allowed = AccessPolicy.allowed(endpoint);
            if (allowed == AccessPolicy.PUBLIC) {
                continue;
            }
            String path = endpoint.path(values);
            int anonymous = call(endpoint, path, null);
            if (!(anonymous == 401 || anonymous == 403 || anonymous == 302)) {
                let.add("nobody signed in → " + endpoint.key() + ": " + anonymous);
            }
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(allowed))) {
                int status = call(endpoint, path, AccessPolicy.demoAccount(role));
                if (status != 403) {
                    let.add(role + " → " + endpoint.key() + ": " + status);
                }
            }
        }
        assertThat(let).as("forbidden calls that were not refused").isEmpty();
        assertThat(pages.eventsAfter(events)).as("events stored").isEmpty();
    }

    @Test
    void anEvaluatorNotOnTheCommitteeCanNeitherSeeNorScoreTheCase() {
        long events = pages.storedEvents();
        String id = values.get("id");

        assertThat(api.get("/api/v1/applications/" + id, "evaluator4").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/applications/" + id + "/scorecard", "evaluator4").status()).isEqualTo(403);
        assertThat(api.put("/api/v1/applications/" + id + "/score-sheets/mine/1.1.1.1", "evaluator4",
                "{\"points\":1,\"basis\":\"b\",\"rationale\":\"r\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/applications/" + id + "/score-sheets/mine/submit", "evaluator4", "{}").status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/applications", "evaluator4").json().findValuesAsText("applicationId"))
                .doesNotContain(id);
        assertThat(pages.storedEvents()).isEqualTo(events);
    }

    @Test
    void anotherApplicantCanNeitherSeeNorAnswerACaseThatIsNotTheirs() {
        String password = "rival-password-2026";
        assertThat(api.post("/api/v1/admin/accounts", "admin", """
                {"name": "rival-applicant", "displayName": "(가상) 경쟁사", "roles": ["APPLICANT"], "password": "%s"}
                """.formatted(password)).status()).isIn(200, 201);
        RegistryClient rival = api.signingInWith(password);
        String id = pages.applicationIn("SUPPLEMENT_REQUESTED");
        long events = pages.storedEvents();

        assertThat(rival.get("/api/v1/applications/" + id, "rival-applicant").status()).isEqualTo(403);
        assertThat(rival.get("/api/v1/applications/" + id + "/scorecard", "rival-applicant").status()).isEqualTo(403);
        assertThat(rival.post("/api/v1/applications/" + id + "/supplements", "rival-applicant", """
                {"documents": [{"title": "보완 서류", "type": "DOCUMENT", "indicatorCodes": []}], "note": "남의 건"}
                """).status()).isEqualTo(403);
        assertThat(rival.post("/api/v1/applications/" + id + "/withdrawal", "rival-applicant",
                "{\"reason\": \"남의 신청 철회\"}").status()).isEqualTo(403);
        assertThat(rival.get("/api/v1/applications", "rival-applicant").json().findValuesAsText("applicationId"))
                .doesNotContain(id);
        assertThat(pages.eventsAfter(events)).isEmpty();
    }

    private static int call(Endpoints.Endpoint endpoint, String path, String account) {
        if (endpoint.page()) {
            PageSession session = account == null ? PageSession.anonymous(api)
                    : SESSIONS.computeIfAbsent(account, signingIn -> PageSession.signedIn(api, signingIn));
            return endpoint.writes() ? session.post(path, Map.of()).status() : session.get(path).status();
        }
        return api.send(endpoint.method(), path, account, endpoint.writes() ? "application/json" : null,
                endpoint.writes() ? "{}" : null).status();
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

}
