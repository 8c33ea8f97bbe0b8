package kr.smartcity.registry.query.applications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationAcceptedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationExcludedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationWithdrawnEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementLapsedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementRequestedEvent;
import kr.smartcity.registry.command.api.ApplicationMessages.SupplementSubmittedEvent;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.DocumentEvaluationStartedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.CaseHistoryQueries.CaseHistory;
import kr.smartcity.registry.query.api.CaseHistoryQueries.CaseStep;
import kr.smartcity.registry.query.api.CaseHistoryQueries.FindCaseHistoryQuery;
import kr.smartcity.registry.query.api.CaseHistoryQueries.Kind;
import kr.smartcity.registry.query.api.CaseHistoryQueries.SupplementRequest;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/**
 * 신청 이력: the steps of each case as its applicant follows them, in the pipeline's processor. Who may see a case's
 * history is who may see the case in the pipeline ({@link ApplicationsProjection#visibleTo}).
 */
@Component
@ProcessingGroup(ApplicationsProjection.NAME)
public class CaseHistoryProjection {

    private final MongoTemplate mongo;
    private final DocumentBatch<CaseHistoryDocument> histories;

    public CaseHistoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.histories = new DocumentBatch<>(mongo, CaseHistoryDocument.class, CaseHistoryDocument::applicationId);
    }

    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, CaseHistoryDocument.class);
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event, @MessageIdentifier String eventId) {
        histories.save(new CaseHistoryDocument(event.applicationId(), List.of(), List.of(), null)
                .with(eventId, new CaseStep(event.submittedAt(), Kind.SUBMITTED, null)));
    }

    @EventHandler
    void on(ApplicationAcceptedEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.acceptedAt(), Kind.ACCEPTED, null);
    }

    @EventHandler
    void on(SupplementRequestedEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.requestedAt(), Kind.SUPPLEMENT_REQUESTED,
                String.join(" · ", event.items()));
        histories.change(event.applicationId(), history -> history.asked(
                new SupplementRequest(List.copyOf(event.items()), event.deadline(), event.requestedAt())));
    }

    @EventHandler
    void on(SupplementSubmittedEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.submittedAt(), Kind.SUPPLEMENT_SUBMITTED, event.note());
    }

    @EventHandler
    void on(SupplementLapsedEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.deadline(), Kind.SUPPLEMENT_LAPSED, null);
    }

    @EventHandler
    void on(ApplicationExcludedEvent event, @MessageIdentifier String eventId) {
        String reason = event.reason().nameKo()
                + (event.explanation() == null || event.explanation().isBlank() ? "" : ": " + event.explanation());
        step(event.applicationId(), eventId, event.excludedAt(), Kind.EXCLUDED, reason);
    }

    @EventHandler
    void on(ApplicationWithdrawnEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.withdrawnAt(), Kind.WITHDRAWN, event.reason());
    }

    @EventHandler
    void on(DocumentEvaluationStartedEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.startedAt(), Kind.DOCUMENT_EVALUATION_STARTED, null);
    }

    @EventHandler
    void on(EvaluationConcludedEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.concludedAt(), Kind.EVALUATION_CONCLUDED, null);
    }

    @EventHandler
    void on(SiteInspectionRecordedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(event.applicationId(), eventId, at, Kind.SITE_INSPECTED, event.outcome().name());
    }

    @EventHandler
    void on(ApplicationDecidedEvent event, @MessageIdentifier String eventId) {
        step(event.applicationId(), eventId, event.decidedAt(), Kind.DECIDED, event.outcome().name());
    }

    private void step(String applicationId, String eventId, Instant at, Kind kind, String note) {
        histories.change(applicationId, history -> history.with(eventId, new CaseStep(at, kind, note)));
    }

    @QueryHandler
    Optional<CaseHistory> handle(FindCaseHistoryQuery query, Viewer viewer) {
        Criteria visible = new Criteria().andOperator(ApplicationsProjection.visibleTo(viewer),
                Criteria.where("_id").is(query.applicationId()));
        if (!mongo.exists(new Query(visible), ApplicationDocument.class)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(query.applicationId(), CaseHistoryDocument.class))
                .map(doc -> new CaseHistory(doc.applicationId(), doc.steps(), doc.supplement()));
    }
}
