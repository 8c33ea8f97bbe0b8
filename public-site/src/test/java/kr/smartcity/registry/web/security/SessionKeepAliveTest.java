package kr.smartcity.registry.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 신뢰되지 않은 URL 자동접속 연결 (open redirect): "계속 사용" goes back only to a staff page of this site. */
class SessionKeepAliveTest {

    private final SessionKeepAlive keepAlive = new SessionKeepAlive();

    @ParameterizedTest
    @ValueSource(strings = {"/staff", "/staff/", "/staff/operator/rounds", "/staff/applicant/cases/a1-b2_c3.d~e/"})
    void aStaffPageIsWhereItGoesBack(String page) {
        assertThat(keepAlive.extend(page)).isEqualTo("redirect:" + page + "?extended");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://phishing.example/staff", "//phishing.example/staff", "/staff//phishing.example",
            "/staffing", "/staff/x?next=https://phishing.example", "/staff\\\\phishing.example", "javascript:alert(1)",
            "/staff/%2F%2Fphishing.example", ""})
    void anythingElseGoesToTheStaffHome(String target) {
        assertThat(keepAlive.extend(target)).isEqualTo("redirect:/staff?extended");
    }

    @Test
    void aLongHostilePathIsAnsweredNotAStackOverflow() {
        String hostile = "/staff" + "/a".repeat(200_000);

        assertThat(keepAlive.extend(hostile + "!")).isEqualTo("redirect:/staff?extended");
        assertThat(keepAlive.extend(hostile)).isEqualTo("redirect:" + hostile + "?extended");
    }
}
