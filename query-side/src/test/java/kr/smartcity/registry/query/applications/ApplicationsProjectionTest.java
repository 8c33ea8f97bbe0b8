package kr.smartcity.registry.query.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationAcceptedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementRequestedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.EvaluationMessages.DocumentEvaluationStartedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluatorsAssignedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.command.api.InspectionOutcome;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.Refusal;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetSubmittedEvent;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;

/** The staff pipeline as a plain object over the real MongoDB wire protocol. */
class ApplicationsProjectionTest {

    private static final String APP = "APP-1";
    private static final Instant T = Instant.parse("2023-10-25T05:00:00Z");

    private final InProcessMongo mongo = new InProcessMongo();
    private final SimpleQueryUpdateEmitter updates = SimpleQueryUpdateEmitter.builder().build();
    private final ApplicationsProjection projection = new ApplicationsProjection(mongo.template(), updates);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static final Viewer OPERATOR = Viewer.of("operator", Role.OPERATOR);

    private void submitted() {
        submitted(APP, "applicant", ApplicationKind.NEW);
    }

    private void submitted(String applicationId, String account, ApplicationKind kind) {
        projection.on(new ApplicationSubmittedEvent(applicationId, "2023", new Applicant("스마트교통(주)", "220-81-62517", "홍길동",
                "02-123-4567", "세종", OrganisationType.COMPANY), "스마트 횡단보도", "Smart crosswalk",
                ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시", T, kind, null, "2023", T,
                List.of(), "", Map.of(), List.of(), List.of()), account);
    }

    private ApplicationSummary theCase() {
        return projection.handle(new FindApplicationsQuery("2023"), OPERATOR).get(0);
    }

    @Test
    void aSubmissionEntersThePipeline() {
        submitted();
        assertThat(theCase().state()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(theCase().organisationName()).isEqualTo("스마트교통(주)");
        assertThat(projection.handle(new FindApplicationsQuery("2022"), OPERATOR)).isEmpty();
    }

    @Test
    void aResetBeforeARebuildEmptiesThePipeline() {
        submitted();
        projection.reset();
        assertThat(projection.handle(new FindApplicationsQuery(null), OPERATOR)).isEmpty();
    }

    @Test
    void theCaseMovesThroughReviewSupplementAndEvaluation() {
        submitted();
        Instant deadline = T.plusSeconds(7 * 86_400);
        projection.on(new SupplementRequestedEvent(APP, List.of("실증 사진"), deadline, T));
        assertThat(theCase().state()).isEqualTo(ApplicationStatus.SUPPLEMENT_REQUESTED);
        assertThat(theCase().supplementDeadline()).isEqualTo(deadline);
        projection.on(new SupplementSubmittedEvent(APP, List.of(), "첨부", T));
        projection.on(new ApplicationAcceptedEvent(APP, false, T));
        projection.on(new DocumentEvaluationStartedEvent(APP, T));
        projection.on(new EvaluatorsAssignedEvent(APP, List.of("evaluator1", "evaluator2")));
        projection.on(new ScoreSheetSubmittedEvent("APP-1/evaluator2", APP, "evaluator2", Map.of(), T));
        projection.on(new ScoreSheetSubmittedEvent("APP-1/evaluator2", APP, "evaluator2", Map.of(), T));

        ApplicationSummary inEvaluation = theCase();
        assertThat(inEvaluation.state()).isEqualTo(ApplicationStatus.DOCUMENT_EVALUATION);
        assertThat(inEvaluation.evaluators()).containsExactly("evaluator1", "evaluator2");
        assertThat(inEvaluation.submittedSheets()).containsExactly("evaluator2");
    }

    @Test
    void discrepanciesAtTheSiteSendTheCaseBackAndTheDecisionClosesIt() {
        submitted();
        projection.on(new EvaluationConcludedEvent(APP, "2023", List.of(), List.of(), new BigDecimal("81.5"),
                new BigDecimal("70"), true, List.of(), T));
        assertThat(theCase().state()).isEqualTo(ApplicationStatus.SITE_INSPECTION);
        projection.on(new SiteInspectionRecordedEvent(APP, LocalDate.of(2023, 11, 20), List.of("점검자"), List.of(),
                InspectionOutcome.DISCREPANCIES));
        assertThat(theCase().state()).isEqualTo(ApplicationStatus.DOCUMENT_EVALUATION);
        projection.on(new ApplicationDecidedEvent(APP, ApplicationKind.NEW, DecisionOutcome.CERTIFIED,
                "SCS-2023-TR-0001", null, List.of(), T));

        ApplicationSummary decided = theCase();
        assertThat(decided.state()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.CERTIFIED);
        assertThat(decided.certificateNumber()).isEqualTo("SCS-2023-TR-0001");
        assertThat(decided.total()).isEqualByComparingTo("81.5");
    }

    private List<String> visibleTo(Viewer viewer) {
        return projection.handle(new FindApplicationsQuery(null), viewer).stream()
                .map(ApplicationSummary::applicationId).sorted().toList();
    }

    @Test
    void staffSeeEveryCaseAndEachOtherRoleOnlyItsOwn() {
        submitted("A", "applicant", ApplicationKind.NEW);
        submitted("B", "other-company", ApplicationKind.NEW);
        submitted("C", "monitor", ApplicationKind.RE_REVIEW);
        projection.on(new EvaluatorsAssignedEvent("B", List.of("evaluator1")));

        assertThat(visibleTo(OPERATOR)).containsExactly("A", "B", "C");
        assertThat(visibleTo(Viewer.of("ministry", Role.MINISTRY))).containsExactly("A", "B", "C");
        assertThat(visibleTo(Viewer.of("admin", Role.ADMIN))).containsExactly("A", "B", "C");
        assertThat(visibleTo(Viewer.of("applicant", Role.APPLICANT))).containsExactly("A");
        assertThat(visibleTo(Viewer.of("evaluator1", Role.EVALUATOR))).containsExactly("B");
        assertThat(visibleTo(Viewer.of("evaluator2", Role.EVALUATOR))).isEmpty();
        assertThat(visibleTo(Viewer.of("monitor", Role.MONITOR))).containsExactly("C");
    }

    @Test
    void thePublicIsRefusedThePipeline() {
        submitted();
        assertThatThrownBy(() -> visibleTo(Viewer.PUBLIC))
                .isInstanceOfSatisfying(QueryExecutionException.class,
                        e -> assertThat(e.getDetails()).contains(new Refusal(Refusal.Kind.FORBIDDEN,
                                Viewer.forbidden().getMessage())));
    }

    @Test
    void oneCaseIsFoundForWhoMaySeeItRefusedToOthersAndItsSubscribersHearEachChange() {
        submitted("A", "applicant", ApplicationKind.NEW);
        assertThat(projection.handle(new FindApplicationQuery("A"), Viewer.of("applicant", Role.APPLICANT)))
                .map(ApplicationSummary::state).contains(ApplicationStatus.SUBMITTED);
        assertThatThrownBy(() -> projection.handle(new FindApplicationQuery("A"), Viewer.of("rival", Role.APPLICANT)))
                .isInstanceOf(QueryExecutionException.class);
        assertThat(projection.handle(new FindApplicationQuery("nothing"), OPERATOR)).isEmpty();

        var subscription = updates.registerUpdateHandler(
                new GenericSubscriptionQueryMessage<>(new FindApplicationQuery("A"),
                        ResponseTypes.optionalInstanceOf(ApplicationSummary.class),
                        ResponseTypes.instanceOf(ApplicationSummary.class)),
                16);
        List<ApplicationStatus> heard = new ArrayList<>();
        subscription.getUpdates().subscribe(update -> heard.add(((ApplicationSummary) update.getPayload()).state()));
        projection.on(new ApplicationAcceptedEvent("A", false, T));
        projection.on(new DocumentEvaluationStartedEvent("A", T));
        projection.on(new ApplicationAcceptedEvent("B", false, T));

        assertThat(heard).containsExactly(ApplicationStatus.ACCEPTED, ApplicationStatus.DOCUMENT_EVALUATION);
    }
}
