package kr.smartcity.registry.query.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationAcceptedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationWithdrawnEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementRequestedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementSubmittedEvent;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.CaseHistoryQueries.CaseHistory;
import kr.smartcity.registry.query.api.CaseHistoryQueries.CaseStep;
import kr.smartcity.registry.query.api.CaseHistoryQueries.FindCaseHistoryQuery;
import kr.smartcity.registry.query.api.CaseHistoryQueries.Kind;
import kr.smartcity.registry.query.api.CaseHistoryQueries.SupplementRequest;

/** A case's history beside the pipeline it shares its processor with, over the real MongoDB wire protocol. */
class CaseHistoryProjectionTest {

    private static final String APP = "APP-1";
    private static final Instant T = Instant.parse("2023-10-25T05:00:00Z");
    private static final Viewer APPLICANT = Viewer.of("applicant", Role.APPLICANT);

    private final InProcessMongo mongo = new InProcessMongo();
    private final ApplicationsProjection pipeline = new ApplicationsProjection(mongo.template(),
            SimpleQueryUpdateEmitter.builder().build());
    private final CaseHistoryProjection projection = new CaseHistoryProjection(mongo.template());

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void submitted() {
        ApplicationSubmittedEvent event = new ApplicationSubmittedEvent(APP, "2023", new Applicant("스마트교통(주)",
                "220-81-62517", "홍길동", "02-123-4567", "세종", OrganisationType.COMPANY), "스마트 횡단보도",
                "Smart crosswalk", ServiceField.TRANSPORT, ServiceLevel.L1, "세종특별자치시", T, ApplicationKind.NEW,
                null, "2023", T, List.of(), "", Map.of(), List.of(), List.of());
        pipeline.on(event, "applicant");
        projection.on(event, "event-1");
    }

    private CaseHistory history(Viewer viewer) {
        return projection.handle(new FindCaseHistoryQuery(APP), viewer).orElseThrow();
    }

    @Test
    void eachStepIsRecordedOnceWithItsNoteAndTheSupplementRequestStands() {
        submitted();
        Instant deadline = T.plusSeconds(7 * 86_400);
        SupplementRequestedEvent asked = new SupplementRequestedEvent(APP, List.of("설문 원본", "실증 사진"), deadline, T);
        projection.on(asked, "event-2");
        projection.on(asked, "event-2");
        projection.on(new SupplementSubmittedEvent(APP, List.of(), "원본 제출", T.plusSeconds(60)), "event-3");
        projection.on(new ApplicationAcceptedEvent(APP, false, T.plusSeconds(120)), "event-4");
        projection.on(new ApplicationWithdrawnEvent(APP, "사업 중단", T.plusSeconds(180)), "event-5");

        CaseHistory history = history(APPLICANT);
        assertThat(history.steps()).containsExactly(
                new CaseStep(T, Kind.SUBMITTED, null),
                new CaseStep(T, Kind.SUPPLEMENT_REQUESTED, "설문 원본 · 실증 사진"),
                new CaseStep(T.plusSeconds(60), Kind.SUPPLEMENT_SUBMITTED, "원본 제출"),
                new CaseStep(T.plusSeconds(120), Kind.ACCEPTED, null),
                new CaseStep(T.plusSeconds(180), Kind.WITHDRAWN, "사업 중단"));
        assertThat(history.supplement()).isEqualTo(new SupplementRequest(List.of("설문 원본", "실증 사진"), deadline, T));
    }

    @Test
    void onlyThoseWhoMaySeeTheCaseSeeItsHistory() {
        submitted();
        assertThat(projection.handle(new FindCaseHistoryQuery(APP), Viewer.of("other", Role.APPLICANT))).isEmpty();
        assertThat(projection.handle(new FindCaseHistoryQuery(APP), Viewer.of("evaluator1", Role.EVALUATOR)))
                .isEmpty();
        assertThat(history(Viewer.of("operator", Role.OPERATOR)).steps()).hasSize(1);
        assertThat(projection.handle(new FindCaseHistoryQuery("unknown"), APPLICANT)).isEmpty();
    }

    @Test
    void aResetBeforeARebuildEmptiesTheHistories() {
        submitted();
        projection.reset();
        assertThat(projection.handle(new FindCaseHistoryQuery(APP), APPLICANT)).isEmpty();
    }
}
