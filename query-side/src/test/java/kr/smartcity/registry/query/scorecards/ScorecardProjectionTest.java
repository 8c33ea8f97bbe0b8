package kr.smartcity.registry.query.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.AreaResult;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluatorsAssignedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorPreEvaluatedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResolvedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResult;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.Votes;
import kr.smartcity.registry.command.api.InspectionOutcome;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.Refusal;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoreChangedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetSubmittedEvent;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.OneBatch;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.ScorecardQueries.CommitteeMember;
import kr.smartcity.registry.query.api.ScorecardQueries.EvaluatorScore;
import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.IndicatorLine;
import kr.smartcity.registry.query.api.ScorecardQueries.PreEvaluation;
import kr.smartcity.registry.query.api.ScorecardQueries.ScoreEntry;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;

/** Scorecards and score history as a plain object over the real MongoDB wire protocol. */
class ScorecardProjectionTest {

    private static final String APP = "APP-1";
    private static final String SHEET_1 = "APP-1/evaluator1";
    private static final String SHEET_2 = "APP-1/evaluator2";
    private static final Instant T = Instant.parse("2023-11-06T01:00:00Z");

    private static final Viewer OPERATOR = Viewer.of("operator", Role.OPERATOR);
    private static final Viewer MINISTRY = Viewer.of("ministry", Role.MINISTRY);
    private static final Viewer ADMIN = Viewer.of("admin", Role.ADMIN);
    private static final Viewer EVALUATOR_1 = Viewer.of("evaluator1", Role.EVALUATOR);
    private static final Viewer APPLICANT = Viewer.of("applicant", Role.APPLICANT);

    private final InProcessMongo mongo = new InProcessMongo();
    private final ScorecardProjection projection = new ScorecardProjection(mongo.template());
    private final ScorecardQueryHandler handler = new ScorecardQueryHandler(mongo.template());

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    private static ApplicationSubmittedEvent submission() {
        return new ApplicationSubmittedEvent(APP, "2023", new Applicant("스마트교통(주)", "220-81-62517", "홍길동",
                "02-123-4567", "세종", OrganisationType.COMPANY), "스마트 횡단보도", "Smart crosswalk",
                ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시", T, ApplicationKind.NEW, null, "2023", T,
                List.of(), "", Map.of("1.1.2.1", points("3"), "1.1.1.1", points("2")), List.of(), List.of());
    }

    private void submitted() {
        projection.on(submission(), "applicant");
    }

    private void committeeOfTwo() {
        projection.on(new EvaluatorsAssignedEvent(APP, List.of("evaluator1", "evaluator2")));
    }

    private static IndicatorScoredEvent scored(String sheet, String evaluator, String code, String value) {
        return new IndicatorScoredEvent(sheet, APP, evaluator, code, points(value), "설문 보고서", "첫 채점", T);
    }

    private static IndicatorResolvedEvent resolved(String code, String value, String suggested) {
        return new IndicatorResolvedEvent(APP, code, points(value), "위원회 의결", null,
                suggested == null ? null : points(suggested), suggested != null && !suggested.equals(value));
    }

    private static EvaluationConcludedEvent concluded() {
        return new EvaluationConcludedEvent(APP, "2023",
                List.of(new IndicatorResult("1.1.1.1", points("3"), points("3"))),
                List.of(new AreaResult("1", "스마트도시 부합성", points("24"), points("30"), points("15"), true),
                        new AreaResult("2", "구성 및 기능", points("41"), points("50"), points("30"), true),
                        new AreaResult("3", "운영", points("16"), points("20"), points("10"), true)),
                points("81"), points("70"), true, List.of(), T);
    }

    private Scorecard seenBy(Viewer viewer) {
        return handler.handle(new FindScorecardQuery(APP), viewer).orElseThrow();
    }

    private Scorecard staffView() {
        return seenBy(OPERATOR);
    }

    private static IndicatorLine line(Scorecard scorecard, String code) {
        return scorecard.indicators().stream().filter(line -> line.indicatorCode().equals(code)).findFirst()
                .orElseThrow();
    }

    private static EvaluatorScore scoreOf(IndicatorLine line, String evaluator) {
        return line.scores().stream().filter(score -> score.evaluator().equals(evaluator)).findFirst().orElseThrow();
    }

    /** A case scored by two evaluators, resolved and concluded. */
    private void evaluated() {
        submitted();
        committeeOfTwo();
        projection.on(new IndicatorPreEvaluatedEvent(APP, "1.1.1.1", points("2"), false, "설문 응답 1/2 미만"));
        projection.on(scored(SHEET_1, "evaluator1", "1.1.1.1", "3"), "e1");
        projection.on(scored(SHEET_2, "evaluator2", "1.1.1.1", "2"), "e2");
        projection.on(resolved("1.1.1.1", "3", "2"), T);
        projection.on(concluded());
    }

    @Test
    void aSubmissionOpensAScorecardWithTheSelfEvaluationInCodeOrder() {
        submitted();

        Scorecard scorecard = staffView();
        assertThat(scorecard.criteriaVersion()).isEqualTo("2023");
        assertThat(scorecard.level()).isEqualTo(ServiceLevel.L1);
        assertThat(scorecard.field()).isEqualTo(ServiceField.TRANSPORT);
        assertThat(scorecard.indicators()).extracting(IndicatorLine::indicatorCode)
                .containsExactly("1.1.1.1", "1.1.2.1");
        assertThat(line(scorecard, "1.1.1.1").selfEvaluation()).isEqualByComparingTo("2");
        assertThat(scorecard.committee()).isEmpty();
        assertThat(scorecard.conclusion()).isNull();
        assertThat(handler.handle(new FindScorecardQuery("APP-404"), OPERATOR)).isEmpty();
    }

    @Test
    void everyScoreAndEveryChangeIsKeptWithItsTimePreviousPointsAndRationale() {
        submitted();
        committeeOfTwo();
        projection.on(scored(SHEET_1, "evaluator1", "1.1.1.1", "1"), "e1");
        projection.on(new IndicatorScoreChangedEvent(SHEET_1, APP, "evaluator1", "1.1.1.1", points("1"), points("2"),
                "설문 보고서", "응답률 재확인", T.plusSeconds(60)), "e2");
        projection.on(new IndicatorScoreChangedEvent(SHEET_1, APP, "evaluator1", "1.1.1.1", points("2"), points("3"),
                "언론 보도", "보도 추가 확인", T.plusSeconds(120)), "e3");
        projection.on(scored(SHEET_2, "evaluator2", "1.1.1.1", "2"), "e4");

        IndicatorLine line = line(staffView(), "1.1.1.1");
        EvaluatorScore first = scoreOf(line, "evaluator1");
        assertThat(first.points()).isEqualByComparingTo("3");
        assertThat(first.history()).extracting(ScoreEntry::eventId).containsExactly("e1", "e2", "e3");
        ScoreEntry lastChange = first.history().get(2);
        assertThat(lastChange.at()).isEqualTo(T.plusSeconds(120));
        assertThat(lastChange.previousPoints()).isEqualByComparingTo("2");
        assertThat(lastChange.rationale()).isEqualTo("보도 추가 확인");
        assertThat(first.history().get(0).previousPoints()).isNull();
        assertThat(scoreOf(line, "evaluator2").points()).isEqualByComparingTo("2");
    }

    @Test
    void applyingAnEventTwiceChangesNothing() {
        ApplicationSubmittedEvent submission = submission();
        projection.on(submission, "applicant");
        EvaluatorsAssignedEvent assigned = new EvaluatorsAssignedEvent(APP, List.of("evaluator1"));
        IndicatorScoredEvent first = scored(SHEET_1, "evaluator1", "1.1.1.1", "1");
        IndicatorScoreChangedEvent change = new IndicatorScoreChangedEvent(SHEET_1, APP, "evaluator1", "1.1.1.1",
                points("1"), points("2"), "설문 보고서", "재확인", T);
        ScoreSheetSubmittedEvent sheet = new ScoreSheetSubmittedEvent(SHEET_1, APP, "evaluator1",
                Map.of("1.1.1.1", points("2")), T);
        IndicatorResolvedEvent resolution = resolved("1.1.1.1", "2", null);

        projection.on(assigned);
        projection.on(first, "e1");
        projection.on(change, "e2");
        projection.on(sheet);
        projection.on(resolution, T);
        projection.on(concluded());
        Scorecard once = staffView();

        projection.on(submission, "applicant");
        projection.on(assigned);
        projection.on(first, "e1");
        projection.on(change, "e2");
        projection.on(sheet);
        projection.on(resolution, T);
        projection.on(concluded());

        assertThat(staffView()).isEqualTo(once);
        assertThat(scoreOf(line(once, "1.1.1.1"), "evaluator1").history()).hasSize(2);
        assertThat(once.committee()).containsExactly(new CommitteeMember("evaluator1", T));
    }

    @Test
    void aLaterAssignmentAddsToTheCommittee() {
        submitted();
        committeeOfTwo();
        projection.on(new EvaluatorsAssignedEvent(APP, List.of("evaluator3")));

        assertThat(staffView().committee()).extracting(CommitteeMember::evaluator)
                .containsExactly("evaluator1", "evaluator2", "evaluator3");
    }

    @Test
    void aLaterPreEvaluationAndALaterResolutionSupersedeTheEarlierOnes() {
        submitted();
        projection.on(new IndicatorPreEvaluatedEvent(APP, "1.2.3.2", null, true, "위원회 판단"));
        projection.on(new IndicatorPreEvaluatedEvent(APP, "1.1.1.1", points("1"), true, "언론 보도 1건"));
        projection.on(new IndicatorPreEvaluatedEvent(APP, "1.1.1.1", points("2"), false, "설문 응답 1/2 미만"));
        projection.on(resolved("1.1.1.1", "3", "2"), T);
        projection.on(new IndicatorResolvedEvent(APP, "1.1.1.1", points("2"), null, new Votes(2, 1), points("2"),
                false), T.plusSeconds(3600));

        Scorecard scorecard = staffView();
        IndicatorLine line = line(scorecard, "1.1.1.1");
        assertThat(line.selfEvaluation()).isEqualByComparingTo("2");
        assertThat(line.preEvaluation()).isEqualTo(new PreEvaluation(points("2"), false, "설문 응답 1/2 미만"));
        assertThat(line.resolution().points()).isEqualByComparingTo("2");
        assertThat(line.resolution().votes()).isEqualTo(new Votes(2, 1));
        assertThat(line.resolution().departsFromSuggestion()).isFalse();
        assertThat(line.resolution().resolvedAt()).isEqualTo(T.plusSeconds(3600));
        assertThat(line(scorecard, "1.2.3.2").preEvaluation().suggestedPoints()).isNull();
        assertThat(scorecard.indicators()).extracting(IndicatorLine::indicatorCode)
                .containsExactly("1.1.1.1", "1.1.2.1", "1.2.3.2");
    }

    @Test
    void theConclusionGivesAreaTotalsAndPassOrFailAndTheDecisionItsOutcome() {
        evaluated();
        Scorecard concluded = staffView();
        IndicatorLine line = line(concluded, "1.1.1.1");
        assertThat(line.resolution().departsFromSuggestion()).isTrue();
        assertThat(line.resolution().suggestedPoints()).isEqualByComparingTo("2");
        assertThat(concluded.conclusion().total()).isEqualByComparingTo("81");
        assertThat(concluded.conclusion().passMark()).isEqualByComparingTo("70");
        assertThat(concluded.conclusion().passes()).isTrue();
        assertThat(concluded.conclusion().areas()).extracting(AreaResult::minimumPoints)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(points("15"), points("30"), points("10"));
        assertThat(concluded.conclusion().areas()).allMatch(AreaResult::meetsMinimum);

        projection.on(new ApplicationDecidedEvent(APP, ApplicationKind.NEW, DecisionOutcome.CERTIFIED,
                "SCS-2023-TR-0001", null, List.of(), T));
        assertThat(staffView().outcome()).isEqualTo(DecisionOutcome.CERTIFIED);
    }

    @Test
    void discrepanciesAtTheSiteReopenTheEvaluationUntilItIsConcludedAgain() {
        evaluated();
        projection.on(new SiteInspectionRecordedEvent(APP, LocalDate.of(2023, 11, 20), List.of("operator"),
                List.of(), InspectionOutcome.DISCREPANCIES));
        assertThat(staffView().conclusion()).isNull();
        assertThat(line(staffView(), "1.1.1.1").resolution()).isNotNull();

        projection.on(concluded());
        assertThat(staffView().conclusion()).isNotNull();
    }

    /** A rebuild hands over hundreds of events in one unit of work: each must see what the earlier ones did. */
    @Test
    void manyEventsOfOneScorecardInOneBatchEndAsTheyDoOneByOne() {
        Runnable events = () -> {
            evaluated();
            projection.on(scored(SHEET_1, "evaluator1", "1.1.1.1", "3"), "e1");
            projection.on(new IndicatorScoreChangedEvent(SHEET_1, APP, "evaluator1", "1.1.1.1", points("3"),
                    points("2"), "설문 보고서", "재확인", T.plusSeconds(60)), "e3");
            projection.on(new ScoreSheetSubmittedEvent(SHEET_1, APP, "evaluator1", Map.of("1.1.1.1", points("2")),
                    T));
            projection.on(new SiteInspectionRecordedEvent(APP, LocalDate.of(2023, 11, 20), List.of("operator"),
                    List.of(), InspectionOutcome.DISCREPANCIES));
            projection.on(concluded());
            projection.on(new ApplicationDecidedEvent(APP, ApplicationKind.NEW, DecisionOutcome.CERTIFIED,
                    "SCS-2023-TR-0001", null, List.of(), T));
        };
        events.run();
        List<ScorecardDocument> oneByOne = mongo.template().findAll(ScorecardDocument.class);
        assertThat(oneByOne).singleElement().satisfies(doc -> {
            assertThat(doc.outcome()).isEqualTo(DecisionOutcome.CERTIFIED);
            assertThat(doc.hasScoreEntry("e3")).isTrue();
        });
        projection.reset();

        OneBatch.run(() -> {
            events.run();
            assertThat(mongo.template().findAll(ScorecardDocument.class)).isEmpty();
        });

        assertThat(mongo.template().findAll(ScorecardDocument.class)).isEqualTo(oneByOne);
    }

    @Test
    void aResetBeforeARebuildEmptiesTheScorecards() {
        submitted();
        projection.reset();
        assertThat(handler.handle(new FindScorecardQuery(APP), OPERATOR)).isEmpty();
    }

    // ── who sees what ────────────────────────────────────────────────────────────────────────────────

    @Test
    void operatorsTheMinistryAndTheAdminSeeEverything() {
        evaluated();
        Scorecard whole = staffView();
        assertThat(seenBy(MINISTRY)).isEqualTo(whole);
        assertThat(seenBy(ADMIN)).isEqualTo(whole);
        assertThat(whole.committee()).extracting(CommitteeMember::evaluator)
                .containsExactly("evaluator1", "evaluator2");
        assertThat(line(whole, "1.1.1.1").scores()).extracting(EvaluatorScore::evaluator)
                .containsExactly("evaluator1", "evaluator2");
    }

    @Test
    void anEvaluatorSeesOnlyTheirOwnPointsOnTheirAssignments() {
        evaluated();
        Scorecard own = seenBy(EVALUATOR_1);
        assertThat(own.committee()).extracting(CommitteeMember::evaluator).containsExactly("evaluator1");
        assertThat(own.indicators()).flatExtracting(IndicatorLine::scores).extracting(EvaluatorScore::evaluator)
                .containsOnly("evaluator1");
        IndicatorLine line = line(own, "1.1.1.1");
        assertThat(line.preEvaluation()).isNotNull();
        assertThat(line.resolution()).isNotNull();
        assertThat(own.conclusion()).isNotNull();

        assertRefused(Viewer.of("evaluator3", Role.EVALUATOR));
    }

    @Test
    void theApplicantSeesItsSelfEvaluationAndOnlyOnceConcludedTheResolutionsAndTotals() {
        submitted();
        committeeOfTwo();
        projection.on(new IndicatorPreEvaluatedEvent(APP, "1.2.3.2", null, true, "위원회 판단"));
        projection.on(scored(SHEET_1, "evaluator1", "1.1.1.1", "3"), "e1");
        projection.on(resolved("1.1.1.1", "3", null), T);

        Scorecard during = seenBy(APPLICANT);
        assertThat(during.committee()).isEmpty();
        assertThat(during.indicators()).extracting(IndicatorLine::indicatorCode)
                .containsExactly("1.1.1.1", "1.1.2.1");
        assertThat(during.indicators()).allSatisfy(line -> {
            assertThat(line.selfEvaluation()).isNotNull();
            assertThat(line.preEvaluation()).isNull();
            assertThat(line.scores()).isEmpty();
            assertThat(line.resolution()).isNull();
        });
        assertThat(during.conclusion()).isNull();

        projection.on(concluded());
        Scorecard after = seenBy(APPLICANT);
        assertThat(line(after, "1.1.1.1").resolution().points()).isEqualByComparingTo("3");
        assertThat(line(after, "1.1.1.1").scores()).isEmpty();
        assertThat(after.committee()).isEmpty();
        assertThat(after.conclusion().passes()).isTrue();
        assertThat(after.conclusion().areas()).hasSize(3);

        assertRefused(Viewer.of("other-company", Role.APPLICANT));
    }

    @Test
    void aMonitorAndThePublicAreRefusedEvenForAnUnknownApplication() {
        evaluated();
        for (Viewer viewer : List.of(Viewer.of("monitor", Role.MONITOR), Viewer.PUBLIC)) {
            assertRefused(viewer);
            assertThatThrownBy(() -> handler.handle(new FindScorecardQuery("APP-404"), viewer))
                    .isInstanceOf(QueryExecutionException.class);
        }
    }

    private void assertRefused(Viewer viewer) {
        assertThatThrownBy(() -> seenBy(viewer))
                .isInstanceOfSatisfying(QueryExecutionException.class,
                        e -> assertThat(e.getDetails()).contains(new Refusal(Refusal.Kind.FORBIDDEN,
                                Viewer.forbidden().getMessage())));
    }
}
