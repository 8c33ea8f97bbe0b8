package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.infra.RegistryClient.Response;

/**
 * The staff API's steps of one L1 TRANSPORT case under criteria 2023, each taken over HTTP by the demo account
 * that may take it, each asserting its answer. The indicators scored and resolved are read from the public
 * criteria API, as a client would: those of level L1, the TRANSPORT variant of a specialised indicator, no
 * derived ones.
 */
final class CaseSteps {

    static final String OPERATOR = "operator";
    static final String APPLICANT = "applicant";
    static final String MINISTRY = "ministry";
    static final String MONITOR = "monitor";
    static final List<String> COMMITTEE = List.of("evaluator1", "evaluator2", "evaluator3");

    /** One indicator scored for L1 TRANSPORT, with the points this test's committee resolves for it. */
    record Indicator(String code, String areaCode, BigDecimal maxPoints, boolean needsMajority) {

        /** One point below the maximum where the maximum is 3 or more, else the maximum: 77 in all. */
        BigDecimal resolvedPoints() {
            return maxPoints.compareTo(BigDecimal.valueOf(3)) >= 0 ? maxPoints.subtract(BigDecimal.ONE) : maxPoints;
        }
    }

    private final RegistryClient api;
    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<String, BigDecimal> areaMinimums = new LinkedHashMap<>();
    private final BigDecimal passMark;

    CaseSteps(RegistryClient api) {
        this.api = api;
        JsonNode criteria = expect(api.get("/api/v1/criteria/2023", null), 200).json();
        passMark = criteria.get("passMark").decimalValue();
        for (JsonNode area : criteria.get("areas")) {
            areaMinimums.put(area.get("code").asText(), area.get("minimumPoints").decimalValue());
            for (JsonNode item : area.get("items")) {
                for (JsonNode indicator : item.get("indicators")) {
                    if (scoredForL1Transport(indicator)) {
                        indicators.add(new Indicator(indicator.get("code").asText(), area.get("code").asText(),
                                indicator.get("maxPoints").decimalValue(),
                                indicator.path("committeeNote").asText("").contains("과반")));
                    }
                }
            }
        }
    }

    private static boolean scoredForL1Transport(JsonNode indicator) {
        boolean l1 = textValues(indicator.get("levels")).contains("L1");
        String specialization = indicator.path("specialization").asText(null);
        return l1 && (specialization == null || specialization.equals("TRANSPORT"))
                && !"derived".equals(indicator.path("assessment").asText());
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    /** The area points the resolutions add up to, by area code. */
    Map<String, BigDecimal> expectedAreaPoints() {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        areaMinimums.keySet().forEach(area -> points.put(area, BigDecimal.ZERO));
        indicators.forEach(i -> points.merge(i.areaCode(), i.resolvedPoints(), BigDecimal::add));
        return points;
    }

    BigDecimal expectedTotal() {
        return expectedAreaPoints().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The resolutions chosen here pass: total at least the pass mark, every area at least its minimum. */
    void assertResolutionsPass() {
        assertThat(expectedTotal()).isGreaterThanOrEqualTo(passMark);
        expectedAreaPoints().forEach((area, points) -> assertThat(points).as("area " + area)
                .isGreaterThanOrEqualTo(areaMinimums.get(area)));
    }

    // ── round, application, preliminary review ───────────────────────────────────────────────────────

    /** A round under criteria 2023 for TRANSPORT whose window is open now. */
    void announceRound(String roundId) {
        Instant now = Instant.now();
        expect(api.post("/api/v1/rounds", OPERATOR, """
                {"roundId": "%s", "criteriaVersion": "2023", "eligibleFields": ["TRANSPORT"],
                 "submissionOpensAt": "%s", "submissionClosesAt": "%s"}
                """.formatted(roundId, seoul(now.minus(1, ChronoUnit.HOURS)), seoul(now.plus(30, ChronoUnit.DAYS)))),
                201);
    }

    String submit(String roundId, String serviceNameKo) {
        Response answer = expect(api.post("/api/v1/rounds/" + roundId + "/applications", APPLICANT,
                Requests.application(serviceNameKo)), 201);
        return answer.json().get("applicationId").asText();
    }

    /** 재심사 신청 on a certification, opened by the operating organisation. */
    String openReReviewApplication(String certificateNumber, String serviceNameKo) {
        Response answer = expect(api.post("/api/v1/certifications/" + certificateNumber
                + "/re-review-applications?criteriaVersion=2023", OPERATOR, Requests.application(serviceNameKo)), 201);
        return answer.json().get("applicationId").asText();
    }

    void requestSupplement(String applicationId) {
        expect(api.post(app(applicationId, "preliminary-review"), OPERATOR, """
                {"decision": "REQUEST_SUPPLEMENT", "items": ["시민 인지도 설문조사 보고서 원본"],
                 "supplementDeadline": "%s"}
                """.formatted(LocalDateTime.now(Seoul.ZONE).plusDays(7).truncatedTo(ChronoUnit.MINUTES))), 200);
    }

    void supplement(String applicationId) {
        expect(api.post(app(applicationId, "supplements"), APPLICANT, """
                {"documents": [{"title": "시민 인지도 설문조사 보고서(원본)", "type": "SURVEY",
                                "indicatorCodes": ["1.1.1.1"]}],
                 "note": "요청하신 설문조사 보고서 원본을 제출합니다."}
                """), 200);
    }

    void accept(String applicationId) {
        expect(api.post(app(applicationId, "preliminary-review"), OPERATOR, "{\"decision\": \"ACCEPT\"}"), 200);
    }

    // ── document evaluation ──────────────────────────────────────────────────────────────────────────

    void preEvaluate(String applicationId) {
        expect(api.post(app(applicationId, "pre-evaluation"), OPERATOR, "{}"), 200);
    }

    void formCommittee(String applicationId, List<String> evaluators) {
        expect(api.post(app(applicationId, "committee"), OPERATOR, """
                {"evaluators": [%s]}""".formatted(String.join(", ",
                evaluators.stream().map(e -> "\"" + e + "\"").toList()))), 200);
    }

    /** One evaluator's points for one indicator on their own sheet; the answer is left to the caller. */
    Response score(String applicationId, String evaluator, String indicatorCode, BigDecimal points,
                   String rationale) {
        return api.put(app(applicationId, "score-sheets/mine/" + indicatorCode), evaluator, """
                {"points": %s, "basis": "제출 근거자료 검토", "rationale": "%s"}
                """.formatted(points.toPlainString(), rationale));
    }

    /** The evaluator scores every indicator (the points the committee will resolve) and submits the sheet. */
    void scoreEveryIndicatorAndSubmit(String applicationId, String evaluator) {
        for (Indicator indicator : indicators) {
            expect(score(applicationId, evaluator, indicator.code(), indicator.resolvedPoints(),
                    evaluator + "의 " + indicator.code() + " 채점"), 200);
        }
        submitSheet(applicationId, evaluator);
    }

    Response submitSheetAnswer(String applicationId, String evaluator) {
        return api.post(app(applicationId, "score-sheets/mine/submit"), evaluator, "");
    }

    void submitSheet(String applicationId, String evaluator) {
        expect(submitSheetAnswer(applicationId, evaluator), 200);
    }

    Response resolve(String applicationId, String indicatorCode, BigDecimal points, Integer votesFor,
                     Integer votesAgainst) {
        return api.post(app(applicationId, "resolutions"), OPERATOR, """
                {"indicatorCode": "%s", "points": %s, "rationale": "위원회 의결: 평가위원 채점과 근거자료 검토",
                 "votesFor": %s, "votesAgainst": %s}
                """.formatted(indicatorCode, points.toPlainString(), votesFor, votesAgainst));
    }

    /** The committee's resolution of every indicator; a two-to-one majority where the criteria ask for one. */
    void resolveEveryIndicator(String applicationId) {
        for (Indicator indicator : indicators) {
            expect(resolve(applicationId, indicator.code(), indicator.resolvedPoints(),
                    indicator.needsMajority() ? 2 : null, indicator.needsMajority() ? 1 : null), 200);
        }
    }

    Response concludeAnswer(String applicationId) {
        return api.post(app(applicationId, "conclusion"), OPERATOR,
                "{\"constituentCompositionScores\": {}, \"constituentsMeetCommonCriteria\": false}");
    }

    void conclude(String applicationId) {
        expect(concludeAnswer(applicationId), 200);
    }

    void inspectConfirmed(String applicationId) {
        expect(api.post(app(applicationId, "site-inspection"), OPERATOR, """
                {"inspectedOn": "%s", "inspectors": ["operator", "evaluator1"],
                 "findings": [{"claim": "교차로 신호 연동 운영 중", "indicatorCode": "2.1.1.1", "confirmed": true,
                               "note": "현장 확인"},
                              {"claim": "시민 설문조사 실시", "indicatorCode": "1.1.1.1", "confirmed": true,
                               "note": "원본 대조"}]}
                """.formatted(LocalDate.now(Seoul.ZONE))), 200);
    }

    Response decideAnswer(String applicationId, String outcome) {
        return api.post(app(applicationId, "decision"), MINISTRY, "{\"outcome\": \"" + outcome + "\"}");
    }

    /** 인증 결정: answers the new certificate number. */
    String certify(String applicationId) {
        Response answer = expect(decideAnswer(applicationId, "CERTIFIED"), 200);
        assertThat(answer.json().get("outcome").asText()).isEqualTo("CERTIFIED");
        String number = answer.json().path("certificateNumber").asText(null);
        assertThat(number).as(answer.body()).isNotNull().matches("SCS-\\d{4}-[A-Z]{2}-\\d{4}");
        return number;
    }

    /** From committee to confirmed site inspection, with the given committee scoring every indicator. */
    void evaluate(String applicationId) {
        preEvaluate(applicationId);
        formCommittee(applicationId, COMMITTEE);
        COMMITTEE.forEach(evaluator -> scoreEveryIndicatorAndSubmit(applicationId, evaluator));
        resolveEveryIndicator(applicationId);
        conclude(applicationId);
        inspectConfirmed(applicationId);
    }

    // ── after the award ──────────────────────────────────────────────────────────────────────────────

    /** The public certificate check, once the read model shows {@code status}. */
    JsonNode awaitVerified(String number, String status) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Response verify = api.get("/api/v1/verify/" + number, null);
            assertThat(verify.status()).as(verify.body()).isEqualTo(200);
            assertThat(verify.json().get("status").asText()).isEqualTo(status);
        });
        return api.get("/api/v1/verify/" + number, null).json();
    }

    JsonNode publicView(String number) {
        return expect(api.get("/api/v1/certifications/" + number, null), 200).json();
    }

    void post(String path, String account, String json, int status) {
        expect(api.post(path, account, json), status);
    }

    static Response expect(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static String app(String applicationId, String rest) {
        return "/api/v1/applications/" + applicationId + "/" + rest;
    }

    private static LocalDateTime seoul(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), Seoul.ZONE);
    }
}
