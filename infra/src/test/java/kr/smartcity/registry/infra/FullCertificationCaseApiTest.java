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
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.infra.CaseSteps.Indicator;

/**
 * A whole case through the staff API, each step by the demo account that may take it, watched through the public
 * API: round, application, supplement, preliminary review, pre-evaluation, committee, score sheets, resolutions,
 * conclusion, site inspection, decision; then monitoring, suspension, reinstatement, re-review and renewal under a
 * new number. A second case is certified and revoked. Refusals on the way are checked where they are cheap.
 */
class FullCertificationCaseApiTest {

    private static final String ROUND = "R-E2E-2023";

    @TempDir
    static Path dataDir;
    private static RunningRegistry registry;
    private static RegistryClient api;
    private static CaseSteps steps;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(dataDir);
        api = registry.client();
        steps = new CaseSteps(api);
        steps.announceRound(ROUND);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void theCriteriaGiveTheIndicatorsOfAnL1TransportServiceAndTheResolutionsChosenPass() {
        assertThat(steps.indicators()).hasSize(34);
        assertThat(steps.indicators()).filteredOn(i -> i.code().equals("2.1.1.4")).hasSize(1);
        assertThat(steps.indicators()).filteredOn(Indicator::needsMajority).extracting(Indicator::code)
                .containsExactlyInAnyOrder("1.2.2.1", "1.2.3.2");
        assertThat(steps.expectedAreaPoints()).containsOnlyKeys("1", "2", "3");
        steps.assertResolutionsPass();
    }

    @Test
    void aCaseGoesThroughEveryStepIsCertifiedSuspendedReinstatedAndRenewedOnReReview() {
        String applicationId = steps.submit(ROUND, "스마트 교차로 신호 제어");

        // 예비검토 → 보완 요청 → 보완 → 통과
        steps.requestSupplement(applicationId);
        expect(api.post("/api/v1/applications/" + applicationId + "/preliminary-review", APPLICANT,
                "{\"decision\": \"ACCEPT\"}"), 403);
        steps.supplement(applicationId);
        steps.accept(applicationId);
        expect(api.post("/api/v1/applications/" + applicationId + "/preliminary-review", OPERATOR,
                "{\"decision\": \"ACCEPT\"}"), 409);

        // 서면평가: pre-evaluation, committee, score sheets
        steps.preEvaluate(applicationId);
        steps.formCommittee(applicationId, COMMITTEE);
        Indicator first = steps.indicators().get(0);
        expect(steps.score(applicationId, "evaluator4", first.code(), first.resolvedPoints(), "위원이 아님"), 403);
        expect(steps.score(applicationId, OPERATOR, first.code(), first.resolvedPoints(), "운영기관"), 403);
        expect(steps.concludeAnswer(applicationId), 409); // nothing resolved yet
        COMMITTEE.forEach(evaluator -> steps.scoreEveryIndicatorAndSubmit(applicationId, evaluator));
        expect(steps.score(applicationId, "evaluator1", first.code(), BigDecimal.ONE, "제출 후 수정"), 409);
        expect(steps.submitSheetAnswer(applicationId, "evaluator1"), 409);

        // 의결: bounded by the maximum; a majority where the criteria ask for one
        expect(steps.resolve(applicationId, first.code(), first.maxPoints().add(BigDecimal.ONE), null, null), 409);
        expect(steps.resolve(applicationId, "1.2.3.2", new BigDecimal("2"), null, null), 409);
        expect(steps.resolve(applicationId, "1.2.3.2", new BigDecimal("2"), 1, 2), 409);
        steps.resolveEveryIndicator(applicationId);
        steps.conclude(applicationId);

        // 현장실사, then 인증 결정
        expect(steps.decideAnswer(applicationId, "CERTIFIED"), 409); // no site inspection yet
        expect(api.post("/api/v1/applications/" + applicationId + "/decision", OPERATOR,
                "{\"outcome\": \"CERTIFIED\"}"), 403);
        steps.inspectConfirmed(applicationId);
        String number = steps.certify(applicationId);
        expect(steps.decideAnswer(applicationId, "CERTIFIED"), 409); // decided once

        JsonNode awarded = steps.awaitVerified(number, "ACTIVE");
        assertThat(awarded.get("valid").asBoolean()).isTrue();
        LocalDate validFrom = LocalDate.parse(awarded.get("validFrom").asText());
        LocalDate validUntil = LocalDate.parse(awarded.get("validUntil").asText());
        assertThat(validUntil).isEqualTo(validFrom.plusYears(2).minusDays(1));
        JsonNode detail = steps.publicView(number);
        assertThat(detail.get("totalScore").decimalValue()).isEqualByComparingTo(steps.expectedTotal());
        steps.expectedAreaPoints().forEach((area, points) ->
                assertThat(detail.get("areaScores").get(area).decimalValue()).as("area " + area)
                        .isEqualByComparingTo(points));

        // 사후관리: monitoring, suspension, reinstatement
        steps.post("/api/v1/certifications/" + number + "/monitoring-checks", MONITOR, """
                {"checkedOn": "%s", "scope": "서비스 운영 여부", "requirementsMet": false,
                 "findings": "신호 연동 장비 일시 중단", "attachments": ["점검표.pdf"]}
                """.formatted(LocalDate.now()), 201);
        steps.post("/api/v1/certifications/" + number + "/suspension", MONITOR, "{\"reason\": \"장비 중단\"}", 403);
        steps.post("/api/v1/certifications/" + number + "/suspension", MINISTRY, "{\"reason\": \"장비 중단\"}", 200);
        assertThat(steps.awaitVerified(number, "SUSPENDED").get("valid").asBoolean()).isFalse();
        steps.post("/api/v1/certifications/" + number + "/re-review", MONITOR, "{\"reason\": \"정지 중\"}", 409);
        steps.post("/api/v1/certifications/" + number + "/reinstatement", MINISTRY, "{\"reason\": \"시정 완료\"}", 200);
        assertThat(steps.awaitVerified(number, "ACTIVE").get("valid").asBoolean()).isTrue();

        // 재심사 → 재인증 under a new number
        steps.post("/api/v1/certifications/" + number + "/re-review", MONITOR, "{\"reason\": \"재심사 신청 접수\"}", 200);
        assertThat(steps.awaitVerified(number, "RE_REVIEW").get("valid").asBoolean()).isTrue();
        String reReviewId = steps.openReReviewApplication(number, "스마트 교차로 신호 제어");
        steps.accept(reReviewId);
        steps.evaluate(reReviewId);
        String renewed = steps.certify(reReviewId);
        assertThat(renewed).isNotEqualTo(number);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                steps.awaitVerified(number, "ACTIVE").path("replacedBy").asText(null)).isEqualTo(renewed));
        JsonNode old = steps.awaitVerified(number, "ACTIVE");
        assertThat(old.get("valid").asBoolean()).as("in force until its own end").isTrue();
        assertThat(LocalDate.parse(old.get("validUntil").asText())).isEqualTo(validUntil);
        JsonNode successor = steps.awaitVerified(renewed, "ACTIVE");
        assertThat(LocalDate.parse(successor.get("validFrom").asText())).isEqualTo(validUntil.plusDays(1));
        assertThat(LocalDate.parse(successor.get("validUntil").asText()))
                .isEqualTo(validUntil.plusDays(1).plusYears(2).minusDays(1));
        assertThat(successor.get("valid").asBoolean()).as("not in force before its first day").isFalse();
        assertThat(steps.publicView(renewed).get("previousNumber").asText()).isEqualTo(number);
        steps.post("/api/v1/certifications/" + number + "/re-review", MONITOR, "{\"reason\": \"다시\"}", 409);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(steps.publicView(number).get("history").findValuesAsText("event")).containsExactly(
                        "AWARDED", "SUSPENDED", "REINSTATED", "RE_REVIEW_OPENED", "RENEWED"));
        assertThat(steps.publicView(renewed).get("history").findValuesAsText("event"))
                .containsExactly("RENEWAL_AWARDED");
    }

    @Test
    void aCertifiedCaseIsRevokedWithItsLegalBasis() {
        String applicationId = steps.submit(ROUND, "버스 도착 정보 안내");
        steps.accept(applicationId);
        steps.evaluate(applicationId);
        String number = steps.certify(applicationId);
        assertThat(steps.awaitVerified(number, "ACTIVE").get("valid").asBoolean()).isTrue();

        steps.post("/api/v1/certifications/" + number + "/revocation", MINISTRY, "{\"reason\": \"허위 자료\"}", 400);
        steps.post("/api/v1/certifications/" + number + "/revocation", MONITOR,
                "{\"reason\": \"허위 자료\", \"legalBasis\": \"스마트도시법 제32조\"}", 403);
        steps.post("/api/v1/certifications/" + number + "/revocation", MINISTRY,
                "{\"reason\": \"허위 자료 제출\", \"legalBasis\": \"스마트도시법 제32조\"}", 200);

        JsonNode revoked = steps.awaitVerified(number, "REVOKED");
        assertThat(revoked.get("valid").asBoolean()).isFalse();
        steps.post("/api/v1/certifications/" + number + "/reinstatement", MINISTRY, "{\"reason\": \"복구\"}", 409);
        assertThat(steps.publicView(number).get("history").findValuesAsText("event"))
                .containsExactly("AWARDED", "REVOKED");
        assertThat(steps.publicView(number).get("history").findValuesAsText("reason")).contains("허위 자료 제출");
    }
}
