package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.infra.RegistryClient.Response;

/**
 * The admin API for accounts: ADMIN only; the same rules as the admin pages with 400 (each field named), 404 and 409;
 * a disabled account cannot call the API; every change is recorded without a password.
 */
class AccountsApiTest {

    private static StaffPages pages;
    private static RegistryClient api;
    private static SignIns signIns;

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
        api = pages.api();
        signIns = new SignIns(api);
    }

    @Test
    void anAdministratorCreatesChangesAndDisablesAnAccount() {
        String name = "api-eval-" + System.nanoTime() % 1_000_000;
        Response created = api.post("/api/v1/admin/accounts", "admin", """
                {"name":"%s","displayName":"평가위원 API","roles":["EVALUATOR"],"password":"api-password-123",
                 "rounds":["2023"]}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password", "bcrypt");
        assertThat(created.json().get("rounds").toString()).isEqualTo("[\"2023\"]");
        assertThat(signIns.basic("/api/v1/admin/accounts", name, "api-password-123").status()).isEqualTo(403);

        Response roles = api.post("/api/v1/admin/accounts/" + name + "/roles", "admin",
                "{\"roles\":[\"EVALUATOR\",\"MONITOR\"],\"rounds\":[\"2023\",\"2025\"]}");
        assertThat(roles.status()).as(roles.body()).isEqualTo(200);
        assertThat(roles.json().get("roles").toString()).isEqualTo("[\"EVALUATOR\",\"MONITOR\"]");

        assertThat(api.post("/api/v1/admin/accounts/" + name + "/disable", "admin", "").status()).isEqualTo(200);
        assertThat(signIns.basic("/api/v1/admin/accounts", name, "api-password-123").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/admin/accounts/" + name + "/password", "admin",
                "{\"password\":\"api-password-456\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/accounts/" + name + "/enable", "admin", "").status()).isEqualTo(200);
        assertThat(signIns.basic("/api/v1/admin/accounts", name, "api-password-456").status()).isEqualTo(403);

        JsonNode changes = api.get("/api/v1/admin/account-changes", "admin").json();
        assertThat(changes.findValuesAsText("account")).contains(name);
        assertThat(changes.toString()).doesNotContain("api-password", "bcrypt");
        assertThat(changes.findValuesAsText("kind")).contains("CREATED", "ROLES_CHANGED", "DISABLED",
                "PASSWORD_RESET", "ENABLED");
    }

    @Test
    void badInputIs400NamingEachFieldAndNothingIsMade() {
        Response bad = api.post("/api/v1/admin/accounts", "admin", """
                {"name":"X","displayName":"","roles":["SUPERUSER"],"password":"demo"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("invalid");
        assertThat(bad.json().get("message").asText()).contains("name: ", "displayName: ", "roles: 알 수 없는 역할입니다.",
                "Unknown role", "password: ");
        assertThat(api.get("/api/v1/admin/accounts/X", "admin").status()).isEqualTo(404);

        assertThat(api.post("/api/v1/admin/accounts", "admin", """
                {"name":"weak-pass","displayName":"약한 비밀번호","roles":["MONITOR"],"password":"weak-pass"}""")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/v1/admin/accounts", "admin", "{not json").status()).isEqualTo(400);
    }

    @Test
    void aTakenNameAndSelfLockoutAre409AndAnUnknownAccount404() {
        Response taken = api.post("/api/v1/admin/accounts", "admin", """
                {"name":"operator","displayName":"둘째","roles":["OPERATOR"],"password":"another-password"}""");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("message").asText()).contains("이미 있는 아이디입니다.");
        assertThat(api.post("/api/v1/admin/accounts/admin/disable", "admin", "").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/admin/accounts/admin/roles", "admin", "{\"roles\":[\"MONITOR\"]}").status())
                .isEqualTo(409);
        Response missing = api.post("/api/v1/admin/accounts/nobody-here/disable", "admin", "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void onlyAnAdministratorMayUseIt() {
        assertThat(api.get("/api/v1/admin/accounts", "operator").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/admin/accounts", null).status()).isEqualTo(401);
        JsonNode accounts = api.get("/api/v1/admin/accounts", "admin").json();
        assertThat(accounts.findValuesAsText("name")).contains("admin", "operator", "evaluator1");
        assertThat(accounts.toString()).doesNotContain("passwordHash", "bcrypt");
    }
}
