package kr.smartcity.registry.infra;

import static kr.smartcity.registry.infra.CaseSteps.APPLICANT;
import static kr.smartcity.registry.infra.CaseSteps.COMMITTEE;
import static kr.smartcity.registry.infra.CaseSteps.MINISTRY;
import static kr.smartcity.registry.infra.CaseSteps.MONITOR;
import static kr.smartcity.registry.infra.CaseSteps.OPERATOR;
import static kr.smartcity.registry.infra.CaseSteps.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.infra.CaseSteps.Indicator;

/**
 * An application's scorecard through the staff API, once a committee of three has scored it (evaluator1 changing
 * one score), the committee's resolutions are recorded and the evaluation is concluded: whole for the operator and
 * the ministry, trimmed to their own points for an evaluator and to the outcome for the applicant, refused to a
 * monitor, 404 for an unknown application.
 */
class ScorecardApiTest {

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static CaseSteps steps;
    private static String applicationId;
    private static Indicator first;

    @BeforeAll
    static void startAndEvaluate() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        steps = new CaseSteps(api);
        steps.announceRound("R-SCORECARD");
        applicationId = steps.submit("R-SCORECARD", "스마트 횡단보도");
        steps.accept(applicationId);
        steps.preEvaluate(applicationId);
        steps.formCommittee(applicationId, COMMITTEE);
        first = steps.indicators().get(0);
        expect(steps.score(applicationId, "evaluator1", first.code(), BigDecimal.ZERO, "근거 부족"), 200);
        COMMITTEE.forEach(evaluator -> steps.scoreEveryIndicatorAndSubmit(applicationId, evaluator));
        steps.resolveEveryIndicator(applicationId);
        steps.conclude(applicationId);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static String scorecard() {
        return "/api/v1/applications/" + applicationId + "/scorecard";
    }

    /** The scorecard as {@code account} sees it, once the read model has the conclusion. */
    private static JsonNode concludedAsSeenBy(String account) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var answer = api.get(scorecard(), account);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().path("conclusion").isObject()).as(answer.body()).isTrue();
        });
        return api.get(scorecard(), account).json();
    }

    private static JsonNode line(JsonNode scorecard, String code) {
        for (JsonNode line : scorecard.get("indicators")) {
            if (line.get("indicatorCode").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code);
    }

    @Test
    void theOperatorAndTheMinistrySeeEveryScoreItsHistoryTheResolutionsAndTheTotals() {
        JsonNode whole = concludedAsSeenBy(OPERATOR);
        assertThat(whole.get("committee").findValuesAsText("evaluator")).containsExactlyElementsOf(COMMITTEE);
        assertThat(whole.get("committee").findValues("sheetSubmittedAt")).allMatch(JsonNode::isTextual);

        JsonNode line = line(whole, first.code());
        assertThat(line.get("scores").findValuesAsText("evaluator")).containsExactlyElementsOf(COMMITTEE);
        JsonNode history = line.get("scores").get(0).get("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("rationale").asText()).isEqualTo("근거 부족");
        assertThat(history.get(1).get("previousPoints").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(line.get("scores").get(0).get("points").decimalValue()).isEqualByComparingTo(first.resolvedPoints());
        assertThat(line.get("resolution").get("points").decimalValue()).isEqualByComparingTo(first.resolvedPoints());
        assertThat(line.get("resolution").has("departsFromSuggestion")).isTrue();

        JsonNode conclusion = whole.get("conclusion");
        assertThat(conclusion.get("total").decimalValue()).isEqualByComparingTo(steps.expectedTotal());
        assertThat(conclusion.get("passes").asBoolean()).isTrue();
        assertThat(conclusion.get("areas").findValuesAsText("areaCode")).containsExactly("1", "2", "3");
        assertThat(conclusion.get("areas").findValues("minimumPoints")).hasSize(3);

        assertThat(concludedAsSeenBy(MINISTRY)).isEqualTo(whole);
    }

    @Test
    void anEvaluatorSeesOnlyTheirOwnPointsAndAnotherIsRefused() {
        JsonNode own = concludedAsSeenBy("evaluator2");
        assertThat(own.findValuesAsText("evaluator")).isNotEmpty().containsOnly("evaluator2");
        assertThat(line(own, first.code()).get("resolution").isObject()).isTrue();

        var refused = api.get(scorecard(), "evaluator4");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
    }

    @Test
    void theApplicantSeesResolutionsAndTotalsButNoEvaluator() {
        JsonNode outcome = concludedAsSeenBy(APPLICANT);
        assertThat(outcome.findValues("evaluator")).isEmpty();
        assertThat(outcome.findValues("history")).isEmpty();
        assertThat(outcome.get("committee")).isEmpty();
        assertThat(line(outcome, first.code()).get("resolution").get("points").decimalValue())
                .isEqualByComparingTo(first.resolvedPoints());
        assertThat(outcome.get("conclusion").get("total").decimalValue()).isEqualByComparingTo(steps.expectedTotal());
    }

    @Test
    void aMonitorIsRefusedAnUnknownApplicationIsNotFoundAndNoOneUnsignedIsAnswered() {
        var refused = api.get(scorecard(), MONITOR);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");

        var unknown = api.get("/api/v1/applications/no-such-application/scorecard", OPERATOR);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
        assertThat(unknown.json().get("message").asText()).contains("no-such-application");

        assertThat(api.get(scorecard(), null).status()).isEqualTo(401);
    }
}
