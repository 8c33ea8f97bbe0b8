package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Every demo account lands on the staff home after signing in, which offers the workspace of its role and no other. */
class StaffHomeBrowserTest {

    private static StaffPages pages;

    @BeforeAll
    static void start() throws Exception {
        pages = StaffPages.shared();
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({"operator, 운영기관 업무, ko", "evaluator1, 평가위원 업무, ko", "ministry, 국토교통부 업무, ko",
            "monitor, 모니터링 업무, ko", "applicant, 신청인 업무, ko", "admin, 시스템 관리, ko",
            "operator, Operator, en", "admin, Administration, en"})
    void eachAccountSeesTheWorkspaceOfItsRoleOnly(String account, String workspace, String language) {
        pages.signIn(account);
        pages.open("/staff", language);

        List<String> workspaces = pages.browser().findElements(By.cssSelector("ul.workspaces a")).stream()
                .map(WebElement::getText).toList();
        assertThat(workspaces).containsExactly(workspace);
        PageChecks.assertAccessiblePage(pages.browser(), language);
    }
}
