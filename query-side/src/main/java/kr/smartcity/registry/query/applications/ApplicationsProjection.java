package kr.smartcity.registry.query.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
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
import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.DocumentEvaluationStartedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluatorsAssignedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.SiteInspectionRecordedEvent;
import kr.smartcity.registry.command.api.InspectionOutcome;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreSheetSubmittedEvent;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/** The staff pipeline of applications (신청 현황): where each case stands, who evaluates it, how it ended. */
@Component
@ProcessingGroup(ApplicationsProjection.NAME)
public class ApplicationsProjection {

    public static final String NAME = "applications";

    private final MongoTemplate mongo;
    private final DocumentBatch<ApplicationDocument> applications;
    private final QueryUpdateEmitter updates;

    public ApplicationsProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.applications = new DocumentBatch<>(mongo, ApplicationDocument.class, ApplicationDocument::applicationId);
        this.updates = updates;
    }

    /** A rebuild replays every event into an empty pipeline. */
    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, ApplicationDocument.class);
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event, @MetaDataValue(AuditMetadata.ACTOR) String submittedBy) {
        applications.save(new ApplicationDocument(event.applicationId(), event.roundId(), event.kind(),
                event.reviewedCertificateNumber(), event.serviceNameKo(), event.serviceNameEn(),
                event.representative().organisationName(), event.field(), event.level(), event.region(),
                ApplicationStatus.SUBMITTED, event.submittedAt(), null, List.of(), Set.of(), null, null, null, null,
                submittedBy));
        announce(event.applicationId());
    }

    @EventHandler
    void on(ApplicationAcceptedEvent event) {
        change(event.applicationId(), doc -> doc.in(ApplicationStatus.ACCEPTED));
    }

    @EventHandler
    void on(SupplementRequestedEvent event) {
        change(event.applicationId(), doc -> doc.awaitingSupplementBy(event.deadline()));
    }

    @EventHandler
    void on(SupplementSubmittedEvent event) {
        change(event.applicationId(), doc -> doc.in(ApplicationStatus.SUPPLEMENTED));
    }

    @EventHandler
    void on(SupplementLapsedEvent event) {
        change(event.applicationId(), doc -> doc.in(ApplicationStatus.SUPPLEMENT_LAPSED));
    }

    @EventHandler
    void on(ApplicationExcludedEvent event) {
        change(event.applicationId(), doc -> doc.in(ApplicationStatus.EXCLUDED));
    }

    @EventHandler
    void on(ApplicationWithdrawnEvent event) {
        change(event.applicationId(), doc -> doc.in(ApplicationStatus.WITHDRAWN));
    }

    @EventHandler
    void on(DocumentEvaluationStartedEvent event) {
        change(event.applicationId(), doc -> doc.in(ApplicationStatus.DOCUMENT_EVALUATION));
    }

    @EventHandler
    void on(EvaluatorsAssignedEvent event) {
        change(event.applicationId(), doc -> doc.assigned(event.evaluators()));
    }

    @EventHandler
    void on(ScoreSheetSubmittedEvent event) {
        change(event.applicationId(), doc -> doc.sheetSubmittedBy(event.evaluator()));
    }

    @EventHandler
    void on(EvaluationConcludedEvent event) {
        change(event.applicationId(), doc -> doc.concluded(event.total(), event.passes()));
    }

    /** Discrepancies found at the site send the case back to resolution. */
    @EventHandler
    void on(SiteInspectionRecordedEvent event) {
        if (event.outcome() == InspectionOutcome.DISCREPANCIES) {
            change(event.applicationId(), doc -> doc.in(ApplicationStatus.DOCUMENT_EVALUATION));
        }
    }

    @EventHandler
    void on(ApplicationDecidedEvent event) {
        change(event.applicationId(), doc -> doc.decided(event.outcome(), event.certificateNumber()));
    }

    private void change(String applicationId, UnaryOperator<ApplicationDocument> change) {
        applications.change(applicationId, change);
        announce(applicationId);
    }

    /** Tells the case's subscribers where it stands now; Axon sends it once the batch has committed. */
    private void announce(String applicationId) {
        applications.find(applicationId).ifPresent(doc -> updates.emit(FindApplicationQuery.class,
                query -> query.applicationId().equals(applicationId), summary(doc)));
    }

    @QueryHandler
    Optional<ApplicationSummary> handle(FindApplicationQuery query, Viewer viewer) {
        Criteria criteria = new Criteria().andOperator(visibleTo(viewer),
                Criteria.where("_id").is(query.applicationId()));
        ApplicationDocument visible = mongo.findOne(new Query(criteria), ApplicationDocument.class);
        // A case that exists but is not the viewer's is refused (403), not hidden as unknown.
        if (visible == null && mongo.exists(Query.query(Criteria.where("_id").is(query.applicationId())),
                ApplicationDocument.class)) {
            throw Viewer.forbidden();
        }
        return Optional.ofNullable(visible).map(ApplicationsProjection::summary);
    }

    @QueryHandler
    List<ApplicationSummary> handle(FindApplicationsQuery query, Viewer viewer) {
        Criteria criteria = visibleTo(viewer);
        if (query.roundId() != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("roundId").is(query.roundId()));
        }
        Query select = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "submittedAt"));
        return mongo.find(select, ApplicationDocument.class).stream()
                .map(ApplicationsProjection::summary)
                .toList();
    }

    /**
     * Operators, the ministry and the admin see every case; an evaluator the cases assigned to them; an applicant
     * the cases their account submitted; a monitor the re-reviews. Anyone else is refused.
     */
    static Criteria visibleTo(Viewer viewer) {
        if (viewer.isAny(Role.OPERATOR, Role.MINISTRY, Role.ADMIN)) {
            return new Criteria();
        }
        List<Criteria> own = new ArrayList<>();
        if (viewer.isAny(Role.EVALUATOR)) {
            own.add(Criteria.where("evaluators").is(viewer.account()));
        }
        if (viewer.isAny(Role.APPLICANT)) {
            own.add(Criteria.where("submittedBy").is(viewer.account()));
        }
        if (viewer.isAny(Role.MONITOR)) {
            own.add(Criteria.where("kind").is(ApplicationKind.RE_REVIEW));
        }
        if (own.isEmpty()) {
            throw Viewer.forbidden();
        }
        return new Criteria().orOperator(own);
    }

    private static ApplicationSummary summary(ApplicationDocument doc) {
        return new ApplicationSummary(doc.applicationId(), doc.roundId(), doc.kind(), doc.reviewedCertificateNumber(),
                doc.serviceNameKo(), doc.serviceNameEn(), doc.organisationName(), doc.field(), doc.level(),
                doc.region(), doc.state(), doc.submittedAt(), doc.supplementDeadline(), doc.evaluators(),
                List.copyOf(doc.submittedSheets()), doc.total(), doc.passes(), doc.outcome(), doc.certificateNumber());
    }
}
