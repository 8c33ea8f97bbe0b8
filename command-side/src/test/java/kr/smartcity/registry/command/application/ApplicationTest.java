package kr.smartcity.registry.command.application;

import static kr.smartcity.registry.command.EventPayloads.matching;
import static kr.smartcity.registry.command.EventPayloads.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.JsonFacts;
import kr.smartcity.registry.command.MutableClock;
import kr.smartcity.registry.command.TestForms;
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.AcceptApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationAcceptedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationExcludedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationWithdrawnEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.EvidenceItem;
import kr.smartcity.registry.command.api.ApplicationMessages.ExcludeApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.OpenReReviewApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.RequestSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementLapsedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementRequestedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.WithdrawApplicationCommand;
import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CommandForbiddenException;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.DecisionMessages.DecideCertificationCommand;
import kr.smartcity.registry.command.api.DecisionMessages.ResultNoticeIssuedEvent;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.AreaResult;
import kr.smartcity.registry.command.api.EvaluationMessages.AssignEvaluatorsCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.ConcludeEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.DocumentEvaluationStartedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluatorsAssignedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorPreEvaluatedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResolvedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.IndicatorResult;
import kr.smartcity.registry.command.api.EvaluationMessages.InspectionFinding;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordPreEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordResolutionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordSiteInspectionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.Votes;
import kr.smartcity.registry.command.api.EvidenceType;
import kr.smartcity.registry.command.api.ExclusionReason;
import kr.smartcity.registry.command.api.InspectionOutcome;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetOpenedEvent;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.decision.CertificateNumbers;
import kr.smartcity.registry.command.decision.Predecessors;
import kr.smartcity.registry.command.scoring.IndicatorAllotments;

/** An application from submission to decision: one test per rule and per refused transition. */
class ApplicationTest {

    private static final String APP = "APP-1";
    private static final Instant NOW = TestForms.seoul(2023, 11, 10, 10, 0);
    private static final Instant SUPPLEMENT_DUE = TestForms.seoul(2023, 11, 3, 18, 0);
    private static final String NUMBER = "SCS-2023-TR-0001";
    private static final String PREVIOUS = "SCS-2021-TR-0007";
    private static final LocalDate PREVIOUS_ENDS_NEXT_DAY = LocalDate.of(2023, 12, 20);

    private final MutableClock clock = new MutableClock(NOW);
    private final RecordingPredecessors predecessors = new RecordingPredecessors(PREVIOUS_ENDS_NEXT_DAY);
    private FixtureConfiguration<Application> fixture;

    @BeforeEach
    void setUp() {
        CertificateNumbers numbers = (year, field) -> NUMBER;
        fixture = new AggregateTestFixture<>(Application.class)
                .registerInjectableResource(clock)
                .registerInjectableResource(numbers)
                .registerInjectableResource(predecessors)
                .registerInjectableResource(new JsonFacts());
    }

    private static ApplicationSubmittedEvent submitted() {
        return TestForms.submitted(APP, TestForms.unitService());
    }

    /** The submission as stored: with the account that sent it in its metadata. */
    private static EventMessage<?> submittedBy(String account) {
        return GenericEventMessage.asEventMessage(submitted()).andMetaData(Map.of(AuditMetadata.ACTOR, account));
    }

    private static ApplicationAcceptedEvent accepted() {
        return new ApplicationAcceptedEvent(APP, false, NOW);
    }

    private static SupplementRequestedEvent supplementRequested() {
        return new SupplementRequestedEvent(APP, List.of("자체평가표 서명 누락"), SUPPLEMENT_DUE, NOW.minusSeconds(7 * 86400));
    }

    /** An accepted L1 application in document evaluation with a committee of three. */
    private static List<Object> inEvaluation() {
        return List.of(submitted(), accepted(), new DocumentEvaluationStartedEvent(APP, NOW),
                new EvaluatorsAssignedEvent(APP, List.of("evaluator1", "evaluator2", "evaluator3")));
    }

    /** Every enterable indicator of the L1 transport scorecard resolved at its maximum (100 points). */
    private static List<Object> everyIndicatorResolvedAtItsMaximum() {
        return IndicatorAllotments.of("2023", ServiceLevel.L1, ServiceField.TRANSPORT).enterable().stream()
                .<Object>map(i -> new IndicatorResolvedEvent(APP, i.code(), i.maxPoints().toBigDecimal(), "증빙 확인",
                        null, null, false))
                .toList();
    }

    /** A concluded scorecard with the given area subtotals under the 2023 pass mark and minimums. */
    private static EvaluationConcludedEvent concluded(String area1, String area2, String area3) {
        List<AreaResult> areas = List.of(area("1", "스마트도시 부합성", area1, "30", "15"),
                area("2", "구성 및 기능", area2, "50", "30"), area("3", "운영", area3, "20", "10"));
        BigDecimal total = new BigDecimal(area1).add(new BigDecimal(area2)).add(new BigDecimal(area3));
        boolean passes = total.compareTo(new BigDecimal("70")) >= 0 && areas.stream().allMatch(AreaResult::meetsMinimum);
        return new EvaluationConcludedEvent(APP, "2023", List.of(new IndicatorResult("1.1.1.1",
                new BigDecimal("3"), new BigDecimal("3"))), areas, total, new BigDecimal("70"), passes,
                passes ? List.of() : List.of("총점 또는 과락 미달 / below the pass mark or a minimum"), NOW);
    }

    private static AreaResult area(String code, String name, String points, String max, String minimum) {
        return new AreaResult(code, name, new BigDecimal(points), new BigDecimal(max), new BigDecimal(minimum),
                new BigDecimal(points).compareTo(new BigDecimal(minimum)) >= 0);
    }

    private static SiteInspectionRecordedEvent inspected(boolean confirmed) {
        return new SiteInspectionRecordedEvent(APP, LocalDate.of(2023, 11, 20), List.of("운영기관 김정훈"),
                List.of(new InspectionFinding("보행자 감지 시연", "2.1.2.5", confirmed, confirmed ? "시연 확인" : "미작동")),
                confirmed ? InspectionOutcome.CONFIRMED : InspectionOutcome.DISCREPANCIES);
    }

    private static List<Object> history(Object... parts) {
        List<Object> events = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                events.addAll(list);
            } else {
                events.add(part);
            }
        }
        return events;
    }

    @Nested
    class Intake {

        @Test
        void aReReviewOpensWithoutARoundWindowLinkedToItsCertificate() {
            ApplicationForm form = TestForms.unitService();
            fixture.givenNoPriorActivity()
                    .when(new OpenReReviewApplicationCommand("RR-1", PREVIOUS, "2023", form))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ApplicationSubmittedEvent("RR-1", null, form.representative(),
                            form.serviceNameKo(), form.serviceNameEn(), form.field(), form.level(), form.region(),
                            NOW, ApplicationKind.RE_REVIEW, PREVIOUS, "2023", null, form.jointApplicants(),
                            form.description(), form.selfEvaluation(), form.evidence(), form.constituents()));
        }

        @Test
        void aReReviewCaseForACertificationNotUnderReReviewIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new OpenReReviewApplicationCommand("RR-1", "SCS-2023-TR-0999", "2023",
                            TestForms.unitService()))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aSelfEvaluationAboveAnIndicatorsMaximumIsRefusedNamingTheCode() {
            fixture.givenNoPriorActivity()
                    .when(new OpenReReviewApplicationCommand("RR-1", PREVIOUS, "2023",
                            TestForms.unitService(Map.of("1.2.1.1", new BigDecimal("4.5")))))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("1.2.1.1"))
                    .expectNoEvents();
        }

        @Test
        void aSelfEvaluationOfAnIndicatorOfAnotherLevelIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(new OpenReReviewApplicationCommand("RR-1", PREVIOUS, "2023",
                            TestForms.unitService(Map.of("2.2.2.1", BigDecimal.ONE))))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("2.2.2.1"))
                    .expectNoEvents();
        }

        @Test
        void aNetworkServiceWithFewerThanTwoConstituentsIsRefused() {
            ApplicationForm l2 = TestForms.networkService();
            ApplicationForm single = new ApplicationForm(l2.representative(), l2.jointApplicants(), l2.serviceNameKo(),
                    l2.serviceNameEn(), l2.field(), l2.level(), l2.region(), l2.description(), l2.selfEvaluation(),
                    l2.evidence(), l2.constituents().subList(0, 1));
            fixture.givenNoPriorActivity()
                    .when(new OpenReReviewApplicationCommand("RR-1", PREVIOUS, "2023", single))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class PreliminaryReview {

        @Test
        void aCompleteSubmissionIsAccepted() {
            fixture.given(submitted())
                    .when(new AcceptApplicationCommand(APP))
                    .expectEvents(accepted());
        }

        @Test
        void aSupplementRequestSchedulesItsDeadline() {
            clock.set(NOW.minusSeconds(7 * 86400));
            fixture.given(submitted())
                    .when(new RequestSupplementCommand(APP, List.of("자체평가표 서명 누락"), SUPPLEMENT_DUE))
                    .expectEvents(supplementRequested())
                    .expectScheduledDeadlineWithName(SUPPLEMENT_DUE, Application.SUPPLEMENT_DEADLINE);
        }

        @Test
        void aSupplementRequestWithADeadlineInThePastIsRefused() {
            fixture.given(submitted())
                    .when(new RequestSupplementCommand(APP, List.of("서명 누락"), NOW.minusSeconds(60)))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void theSupplementDeadlineFiresByItselfAndTheSupplementLapses() {
            clock.set(NOW.minusSeconds(7 * 86400));
            fixture.given(submitted())
                    .andGivenCommands(new RequestSupplementCommand(APP, List.of("자체평가표 서명 누락"), SUPPLEMENT_DUE))
                    .whenThenTimeAdvancesTo(SUPPLEMENT_DUE)
                    .expectEvents(new SupplementLapsedEvent(APP, SUPPLEMENT_DUE));
        }

        @Test
        void aSupplementInTimeIsRecordedAndTheDeadlineThenPassesWithoutEffect() {
            clock.set(NOW.minusSeconds(7 * 86400));
            List<EvidenceItem> documents = List.of(new EvidenceItem("서명한 자체평가표", EvidenceType.DOCUMENT,
                    List.of("1.1.1.1")));
            fixture.given(submitted())
                    .andGivenCommands(new RequestSupplementCommand(APP, List.of("자체평가표 서명 누락"), SUPPLEMENT_DUE),
                            new SubmitSupplementCommand(APP, documents, "서명 보완"))
                    .whenThenTimeAdvancesTo(SUPPLEMENT_DUE)
                    .expectNoEvents();
        }

        @Test
        void anotherApplicantsSupplementIsForbidden() {
            fixture.given(submittedBy("applicant"), supplementRequested())
                    .when(new SubmitSupplementCommand(APP, List.of(new EvidenceItem("서명한 자체평가표",
                            EvidenceType.DOCUMENT, List.of())), "남의 신청 보완"), Map.of(AuditMetadata.ACTOR, "rival"))
                    .expectException(CommandForbiddenException.class)
                    .expectNoEvents();
        }

        @Test
        void aSupplementAfterTheLapseIsRefused() {
            fixture.given(submitted(), supplementRequested(), new SupplementLapsedEvent(APP, SUPPLEMENT_DUE))
                    .when(new SubmitSupplementCommand(APP, List.of(new EvidenceItem("서명한 자체평가표",
                            EvidenceType.DOCUMENT, List.of())), "늦은 보완"))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aLapsedApplicationIsEvaluatedWithTheDocumentsAsSubmitted() {
            fixture.given(submitted(), supplementRequested(), new SupplementLapsedEvent(APP, SUPPLEMENT_DUE))
                    .when(new AcceptApplicationCommand(APP))
                    .expectEvents(new ApplicationAcceptedEvent(APP, true, NOW));
        }

        @Test
        void aLapsedApplicationWhoseDocumentsCannotBeEvaluatedIsExcluded() {
            fixture.given(submitted(), supplementRequested(), new SupplementLapsedEvent(APP, SUPPLEMENT_DUE))
                    .when(new ExcludeApplicationCommand(APP, ExclusionReason.DOCUMENTS_UNCLEAR_AFTER_LAPSE,
                            "증빙 판독 불가"))
                    .expectEvents(new ApplicationExcludedEvent(APP, ExclusionReason.DOCUMENTS_UNCLEAR_AFTER_LAPSE,
                            "증빙 판독 불가", NOW));
        }

        @Test
        void excludingForUnclearDocumentsWithoutALapsedSupplementIsRefused() {
            fixture.given(submitted())
                    .when(new ExcludeApplicationCommand(APP, ExclusionReason.DOCUMENTS_UNCLEAR_AFTER_LAPSE, "불명확"))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aDeviceOnlyServiceIsExcludedAtPreliminaryReview() {
            fixture.given(submitted())
                    .when(new ExcludeApplicationCommand(APP, ExclusionReason.DEVICE_OR_PRODUCT, "단독 센서 제품"))
                    .expectEvents(new ApplicationExcludedEvent(APP, ExclusionReason.DEVICE_OR_PRODUCT, "단독 센서 제품",
                            NOW));
        }

        @Test
        void excludingAnAcceptedApplicationIsRefused() {
            fixture.given(submitted(), accepted())
                    .when(new ExcludeApplicationCommand(APP, ExclusionReason.SIMPLE_FACILITY, "버스쉘터"))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void theApplicantWithdrawsDuringEvaluation() {
            fixture.given(inEvaluation())
                    .when(new WithdrawApplicationCommand(APP, "사업 종료"))
                    .expectEvents(new ApplicationWithdrawnEvent(APP, "사업 종료", NOW));
        }

        @Test
        void onlyTheOrganisationThatSubmittedTheCaseWithdrawsIt() {
            fixture.given(submittedBy("applicant"), accepted())
                    .when(new WithdrawApplicationCommand(APP, "사업 종료"), Map.of(AuditMetadata.ACTOR, "applicant"))
                    .expectEvents(new ApplicationWithdrawnEvent(APP, "사업 종료", NOW));
        }

        @Test
        void anotherApplicantsWithdrawalIsForbidden() {
            fixture.given(submittedBy("applicant"), accepted())
                    .when(new WithdrawApplicationCommand(APP, "남의 신청 철회"), Map.of(AuditMetadata.ACTOR, "rival"))
                    .expectException(CommandForbiddenException.class)
                    .expectNoEvents();
        }

        @Test
        void withdrawingAfterTheDecisionIsRefused() {
            fixture.given(history(inEvaluation(), concluded("25", "40", "15"), inspected(true),
                            new ApplicationDecidedEvent(APP, ApplicationKind.NEW, DecisionOutcome.CERTIFIED, NUMBER, null,
                                    List.of(), NOW)))
                    .when(new WithdrawApplicationCommand(APP, "철회"))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class DocumentEvaluation {

        @Test
        void thePreEvaluationSuggestsFromEvidenceWithholdsCommitteeIndicatorsAndOpensTheEvaluation() {
            fixture.given(submitted(), accepted())
                    .when(new RecordPreEvaluationCommand(APP, Map.of(
                            "2.1.1.2", "{\"types\": 3}",
                            "1.2.3.2", "{\"description\": \"지역 산업 파급효과 기술서\"}")))
                    .expectEventsMatching(matching("evaluation started, 2.1.1.2 suggested 3, 1.2.3.2 withheld",
                            events -> events.get(0) instanceof DocumentEvaluationStartedEvent
                                    && events.stream().anyMatch(e -> e instanceof IndicatorPreEvaluatedEvent p
                                            && p.indicatorCode().equals("2.1.1.2")
                                            && new BigDecimal("3").compareTo(p.suggestedPoints()) == 0)
                                    && events.stream().anyMatch(e -> e instanceof IndicatorPreEvaluatedEvent p
                                            && p.indicatorCode().equals("1.2.3.2") && p.suggestedPoints() == null
                                            && p.awaitsCommittee())));
        }

        @Test
        void factsThatDoNotFitTheirIndicatorsRuleAreRefusedNamingTheIndicator() {
            fixture.given(submitted(), accepted())
                    .when(new RecordPreEvaluationCommand(APP, Map.of("2.1.1.2", "{\"typos\": 3}")))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("2.1.1.2"))
                    .expectNoEvents();
        }

        @Test
        void aPreEvaluationWithoutFactsWithholdsEveryIndicatorAndOpensTheEvaluation() {
            fixture.given(submitted(), accepted())
                    .when(new RecordPreEvaluationCommand(APP, Map.of()))
                    .expectEvents(new DocumentEvaluationStartedEvent(APP, NOW));
        }

        @Test
        void aPreEvaluationWithoutFactsOnceTheEvaluationIsOpenChangesNothingAndIsRefused() {
            fixture.given(inEvaluation())
                    .when(new RecordPreEvaluationCommand(APP, Map.of()))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aPreEvaluationBeforeAcceptanceIsRefused() {
            fixture.given(submitted())
                    .when(new RecordPreEvaluationCommand(APP, Map.of("2.1.1.2", "{\"types\": 3}")))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void assigningEvaluatorsOpensAScoreSheetForEach() {
            fixture.given(submitted(), accepted())
                    .when(new AssignEvaluatorsCommand(APP, List.of("evaluator1", "evaluator2")))
                    .expectEvents(new DocumentEvaluationStartedEvent(APP, NOW),
                            new EvaluatorsAssignedEvent(APP, List.of("evaluator1", "evaluator2")),
                            new ScoreSheetOpenedEvent("APP-1/evaluator1", APP, "evaluator1", "2023", ServiceLevel.L1,
                                    ServiceField.TRANSPORT),
                            new ScoreSheetOpenedEvent("APP-1/evaluator2", APP, "evaluator2", "2023", ServiceLevel.L1,
                                    ServiceField.TRANSPORT));
        }

        @Test
        void assigningAnEvaluatorTwiceIsRefused() {
            fixture.given(inEvaluation())
                    .when(new AssignEvaluatorsCommand(APP, List.of("evaluator2")))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aResolutionBeforeTheCommitteeIsFormedIsRefused() {
            fixture.given(submitted(), accepted(), new DocumentEvaluationStartedEvent(APP, NOW))
                    .when(new RecordResolutionCommand(APP, "1.1.1.1", new BigDecimal("2"), "설문 확인", null))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aResolutionAboveTheIndicatorsMaximumIsRefused() {
            fixture.given(inEvaluation())
                    .when(new RecordResolutionCommand(APP, "1.1.1.1", new BigDecimal("3.5"), "가산", null))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("1.1.1.1"))
                    .expectNoEvents();
        }

        @Test
        void aResolutionConfirmingTheSuggestionNeedsNoRationale() {
            fixture.given(history(inEvaluation(), new IndicatorPreEvaluatedEvent(APP, "2.1.1.2", new BigDecimal("3"),
                            false, "3개 유형")))
                    .when(new RecordResolutionCommand(APP, "2.1.1.2", new BigDecimal("3"), null, null))
                    .expectEvents(new IndicatorResolvedEvent(APP, "2.1.1.2", new BigDecimal("3"), null, null,
                            new BigDecimal("3"), false));
        }

        @Test
        void aResolutionDepartingFromTheSuggestionWithoutRationaleIsRefused() {
            fixture.given(history(inEvaluation(), new IndicatorPreEvaluatedEvent(APP, "2.1.1.2", new BigDecimal("3"),
                            false, "3개 유형")))
                    .when(new RecordResolutionCommand(APP, "2.1.1.2", new BigDecimal("2"), " ", null))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aResolutionDepartingFromTheSuggestionWithARationaleIsRecordedAsADeparture() {
            fixture.given(history(inEvaluation(), new IndicatorPreEvaluatedEvent(APP, "2.1.1.2", new BigDecimal("3"),
                            false, "3개 유형")))
                    .when(new RecordResolutionCommand(APP, "2.1.1.2", new BigDecimal("2"), "한 유형은 중복", null))
                    .expectEvents(new IndicatorResolvedEvent(APP, "2.1.1.2", new BigDecimal("2"), "한 유형은 중복", null,
                            new BigDecimal("3"), true));
        }

        @Test
        void pointsOnAMajorityIndicatorWithoutAMajorityAreRefused() {
            fixture.given(inEvaluation())
                    .when(new RecordResolutionCommand(APP, "1.2.3.2", new BigDecimal("2"), "파급효과 인정",
                            new Votes(1, 2)))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("과반"))
                    .expectNoEvents();
        }

        @Test
        void pointsOnAMajorityIndicatorWithAMajorityAreResolved() {
            fixture.given(inEvaluation())
                    .when(new RecordResolutionCommand(APP, "1.2.3.2", new BigDecimal("2"), "파급효과 인정",
                            new Votes(2, 1)))
                    .expectEvents(new IndicatorResolvedEvent(APP, "1.2.3.2", new BigDecimal("2"), "파급효과 인정",
                            new Votes(2, 1), null, false));
        }

        @Test
        void concludingWithAnIndicatorUnresolvedIsRefused() {
            fixture.given(history(inEvaluation(), everyIndicatorResolvedAtItsMaximum().subList(1,
                            everyIndicatorResolvedAtItsMaximum().size())))
                    .when(new ConcludeEvaluationCommand(APP, Map.of(), false))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("1.1.1.1"))
                    .expectNoEvents();
        }

        @Test
        void concludingFixesTheScorecardWithAreaSubtotalsMinimumsAndTheDecision() {
            fixture.given(history(inEvaluation(), everyIndicatorResolvedAtItsMaximum()))
                    .when(new ConcludeEvaluationCommand(APP, Map.of(), false))
                    .expectEventsMatching(matching("a passing scorecard of 100 in areas 30/50/20",
                            events -> one(events, EvaluationConcludedEvent.class, e -> e.passes()
                                    && new BigDecimal("100").compareTo(e.total()) == 0
                                    && e.areas().stream().map(a -> a.points().intValue()).toList()
                                            .equals(List.of(30, 50, 20))
                                    && e.areas().stream().allMatch(AreaResult::meetsMinimum))));
        }

        @Test
        void aNetworkServiceInheritsHalfTheMeanCompositionScoreOfItsConstituents() {
            ApplicationSubmittedEvent l2 = TestForms.submitted(APP, TestForms.networkService());
            fixture.given(l2, accepted(), new DocumentEvaluationStartedEvent(APP, NOW),
                            new EvaluatorsAssignedEvent(APP, List.of("evaluator1")))
                    .andGivenCommands(IndicatorAllotments.of("2023", ServiceLevel.L2, ServiceField.TRANSPORT)
                            .enterable().stream().map(i -> new RecordResolutionCommand(APP, i.code(), BigDecimal.ZERO,
                                    "증빙 없음", null)).toArray())
                    .when(new ConcludeEvaluationCommand(APP, Map.of("스마트 정류장", new BigDecimal("30")), true))
                    .expectEventsMatching(matching("2.2.1.1 = 0.5 × mean(40, 30) = 17.5",
                            events -> one(events, EvaluationConcludedEvent.class, e -> e.indicators().stream()
                                    .anyMatch(line -> line.indicatorCode().equals("2.2.1.1")
                                            && new BigDecimal("17.5").compareTo(line.points()) == 0))));
        }

        @Test
        void aNetworkServiceWithAConstituentOfUnknownCompositionCannotBeConcluded() {
            ApplicationSubmittedEvent l2 = TestForms.submitted(APP, TestForms.networkService());
            fixture.given(l2, accepted(), new DocumentEvaluationStartedEvent(APP, NOW),
                            new EvaluatorsAssignedEvent(APP, List.of("evaluator1")))
                    .andGivenCommands(IndicatorAllotments.of("2023", ServiceLevel.L2, ServiceField.TRANSPORT)
                            .enterable().stream().map(i -> new RecordResolutionCommand(APP, i.code(), BigDecimal.ZERO,
                                    "증빙 없음", null)).toArray())
                    .when(new ConcludeEvaluationCommand(APP, Map.of(), true))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("스마트 정류장"))
                    .expectNoEvents();
        }
    }

    @Nested
    class SiteInspection {

        @Test
        void anInspectionConfirmingEveryClaimIsConfirmed() {
            fixture.given(history(inEvaluation(), concluded("25", "40", "15")))
                    .when(new RecordSiteInspectionCommand(APP, LocalDate.of(2023, 11, 20), List.of("운영기관 김정훈"),
                            List.of(new InspectionFinding("보행자 감지 시연", "2.1.2.5", true, "시연 확인"))))
                    .expectEvents(inspected(true));
        }

        @Test
        void discrepanciesSendTheCaseBackToResolution() {
            fixture.given(history(inEvaluation(), concluded("25", "40", "15"), inspected(false)))
                    .when(new RecordResolutionCommand(APP, "2.1.2.5", BigDecimal.ZERO, "현장실사에서 미작동 확인", null))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new IndicatorResolvedEvent(APP, "2.1.2.5", BigDecimal.ZERO, "현장실사에서 미작동 확인",
                            null, null, false));
        }

        @Test
        void anInspectionBeforeTheScorecardIsConcludedIsRefused() {
            fixture.given(inEvaluation())
                    .when(new RecordSiteInspectionCommand(APP, LocalDate.of(2023, 11, 20), List.of("김정훈"),
                            List.of(new InspectionFinding("시연", "2.1.2.5", true, "확인"))))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Decision {

        private final CertifiedService service = new CertifiedService(List.of("스마트교통(주)", "세종특별자치시"),
                "스마트 횡단보도", "Smart crosswalk", ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시",
                Map.of("1", new BigDecimal("25"), "2", new BigDecimal("40"), "3", new BigDecimal("15")),
                new BigDecimal("80"));

        @Test
        void certifyingAPassingConfirmedCaseAwardsANumberedCertificationAndNotifiesTheApplicant() {
            fixture.given(history(inEvaluation(), concluded("25", "40", "15"), inspected(true)))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.CERTIFIED, List.of()))
                    .expectResultMessagePayload(NUMBER)
                    .expectEvents(new ApplicationDecidedEvent(APP, ApplicationKind.NEW, DecisionOutcome.CERTIFIED,
                                    NUMBER, null, List.of(), NOW),
                            new ResultNoticeIssuedEvent(APP, "스마트교통(주)", "스마트 횡단보도", DecisionOutcome.CERTIFIED,
                                    NUMBER, service.areaScores(), new BigDecimal("80"), List.of(), NOW),
                            new CertificationAwardedEvent(NUMBER, APP, "2023", service, LocalDate.of(2023, 11, 10),
                                    LocalDate.of(2025, 11, 9), null, false));
        }

        @Test
        void anAwardUnder70IsRefused() {
            fixture.given(history(inEvaluation(), concluded("20", "35", "14.5"), inspected(true)))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.CERTIFIED, List.of()))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("award under 70"))
                    .expectNoEvents();
        }

        @Test
        void anAwardWithAnAreaBelowItsMinimumIsRefused() {
            fixture.given(history(inEvaluation(), concluded("14.5", "48", "20"), inspected(true)))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.CERTIFIED, List.of()))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("below its minimum"))
                    .expectNoEvents();
        }

        @Test
        void anAwardWithoutAConfirmedInspectionIsRefused() {
            fixture.given(history(inEvaluation(), concluded("25", "40", "15")))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.CERTIFIED, List.of()))
                    .expectException(CommandRefusedException.class)
                    .expectExceptionMessage(containsString("without a confirmed site inspection"))
                    .expectNoEvents();
        }

        @Test
        void aDecisionBeforeTheScorecardIsConcludedIsRefused() {
            fixture.given(inEvaluation())
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.NOT_CERTIFIED, List.of("자료 미흡")))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void notCertifyingAFailingCaseGivesTheScorecardsReasons() {
            EvaluationConcludedEvent failing = concluded("20", "35", "14.5");
            fixture.given(history(inEvaluation(), failing))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.NOT_CERTIFIED, List.of()))
                    .expectResultMessagePayload(null)
                    .expectEvents(new ApplicationDecidedEvent(APP, ApplicationKind.NEW, DecisionOutcome.NOT_CERTIFIED,
                                    null, null, failing.reasons(), NOW),
                            new ResultNoticeIssuedEvent(APP, "스마트교통(주)", "스마트 횡단보도",
                                    DecisionOutcome.NOT_CERTIFIED, null, Map.of("1", new BigDecimal("20"), "2",
                                    new BigDecimal("35"), "3", new BigDecimal("14.5")), new BigDecimal("69.5"),
                                    failing.reasons(), NOW));
        }

        @Test
        void notCertifyingAPassingCaseWithoutAReasonIsRefused() {
            fixture.given(history(inEvaluation(), concluded("25", "40", "15"), inspected(true)))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.NOT_CERTIFIED, List.of()))
                    .expectException(CommandRefusedException.class)
                    .expectNoEvents();
        }

        @Test
        void aPassedReReviewRenewsFromTheDayAfterThePredecessorsLastValidDay() {
            fixture.given(history(reReviewSubmitted(), Arrays.asList(inEvaluation().subList(1, 4).toArray()),
                            concluded("25", "40", "15"), inspected(true)))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.CERTIFIED, List.of()))
                    .expectEventsMatching(matching("successor from 2023-12-20 naming its predecessor",
                            events -> one(events, CertificationAwardedEvent.class,
                                    e -> e.validFrom().equals(PREVIOUS_ENDS_NEXT_DAY)
                                            && PREVIOUS.equals(e.previousNumber()) && e.roundId() == null)
                                    && one(events, ApplicationDecidedEvent.class,
                                            e -> PREVIOUS.equals(e.reviewedCertificateNumber()))));
        }

        @Test
        void aPassedReReviewRenewsItsPredecessorInTheSameDecision() {
            fixture.given(history(reReviewSubmitted(), Arrays.asList(inEvaluation().subList(1, 4).toArray()),
                            concluded("25", "40", "15"), inspected(true)))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.CERTIFIED, List.of()))
                    .expectSuccessfulHandlerExecution();
            assertThat(predecessors.renewed).containsExactly(PREVIOUS + " -> " + NUMBER);
        }

        @Test
        void aFailedReReviewTellsItsPredecessorWhy() {
            fixture.given(history(reReviewSubmitted(), Arrays.asList(inEvaluation().subList(1, 4).toArray()),
                            concluded("20", "35", "14.5"), inspected(true)))
                    .when(new DecideCertificationCommand(APP, DecisionOutcome.NOT_CERTIFIED, List.of()))
                    .expectSuccessfulHandlerExecution();
            assertThat(predecessors.failed).singleElement().asString().startsWith(PREVIOUS + ": ");
            assertThat(predecessors.renewed).isEmpty();
        }
    }

    private static ApplicationSubmittedEvent reReviewSubmitted() {
        ApplicationForm form = TestForms.unitService();
        return new ApplicationSubmittedEvent(APP, null, form.representative(), form.serviceNameKo(),
                form.serviceNameEn(), form.field(), form.level(), form.region(), NOW, ApplicationKind.RE_REVIEW,
                PREVIOUS, "2023", null, form.jointApplicants(), form.description(), form.selfEvaluation(),
                form.evidence(), form.constituents());
    }

    /** Stands in for the predecessor certifications: answers the successor's first day and records what it was told. */
    static final class RecordingPredecessors implements Predecessors {

        final List<String> renewed = new ArrayList<>();
        final List<String> failed = new ArrayList<>();
        private final LocalDate successorStartsOn;

        RecordingPredecessors(LocalDate successorStartsOn) {
            this.successorStartsOn = successorStartsOn;
        }

        @Override
        public void requireUnderReReview(String certificateNumber) {
            if (!PREVIOUS.equals(certificateNumber)) {
                throw new CommandRefusedException("not under re-review: " + certificateNumber);
            }
        }

        @Override
        public LocalDate renew(String previousCertificateNumber, String successorNumber, Instant at) {
            renewed.add(previousCertificateNumber + " -> " + successorNumber);
            return successorStartsOn;
        }

        @Override
        public void reReviewFailed(String previousCertificateNumber, String reason, Instant at) {
            failed.add(previousCertificateNumber + ": " + reason);
        }
    }
}
