package kr.smartcity.registry.query.monitoring;

import java.time.Instant;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationActionProposedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.MonitoringCheckLoggedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ProposedActionDeclinedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.query.api.MonitoringQueries.ReReviewStage;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/**
 * The monitoring schedule (모니터링 일정): each certification's status, validity, re-review due date and stage, and the
 * checks logged on it. Its own processor, so monitoring never holds up the public registry.
 */
@Component
@ProcessingGroup(MonitoringProjection.NAME)
public class MonitoringProjection {

    public static final String NAME = "monitoring";

    private final MongoTemplate mongo;
    private final DocumentBatch<MonitoredCertification> schedule;
    private final DocumentBatch<LoggedCheck> checks;
    private final DocumentBatch<OpenProposal> proposals;

    public MonitoringProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.schedule = new DocumentBatch<>(mongo, MonitoredCertification.class,
                MonitoredCertification::certificateNumber);
        this.checks = new DocumentBatch<>(mongo, LoggedCheck.class, LoggedCheck::eventId);
        this.proposals = new DocumentBatch<>(mongo, OpenProposal.class, OpenProposal::certificateNumber);
    }

    /** A rebuild replays every event into an empty schedule and check log. */
    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, MonitoredCertification.class, LoggedCheck.class, OpenProposal.class);
    }

    @EventHandler
    void on(CertificationAwardedEvent event) {
        CertifiedService service = event.service();
        schedule.save(new MonitoredCertification(event.certificateNumber(), service.serviceNameKo(),
                service.serviceNameEn(), List.copyOf(service.holderNames()), service.field(), service.level(),
                CertificationStatus.ACTIVE, event.validFrom(), event.validUntil(),
                ReReviewDueDate.of(event.validUntil()), ReReviewStage.NOT_OPENED, null, null));
    }

    @EventHandler
    void on(MonitoringCheckLoggedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(AuditMetadata.ACTOR) String checkedBy, @Timestamp Instant loggedAt) {
        checks.save(new LoggedCheck(eventId, event.certificateNumber(), event.checkedOn(), event.scope(),
                event.requirementsMet(), event.findings(), List.copyOf(event.attachments()), checkedBy, loggedAt));
        schedule.change(event.certificateNumber(), doc -> doc.checkedOn(event.checkedOn()));
    }

    @EventHandler
    void on(CertificationActionProposedEvent event) {
        String serviceNameKo = schedule.find(event.certificateNumber()).map(MonitoredCertification::serviceNameKo)
                .orElse(null);
        proposals.save(new OpenProposal(event.certificateNumber(), serviceNameKo, event.action(), event.reason(),
                event.proposedBy(), event.proposedAt(), true));
    }

    @EventHandler
    void on(ProposedActionDeclinedEvent event) {
        proposals.change(event.certificateNumber(), OpenProposal::closed);
    }

    @EventHandler
    void on(CertificationSuspendedEvent event) {
        status(event.certificateNumber(), CertificationStatus.SUSPENDED);
    }

    @EventHandler
    void on(CertificationReinstatedEvent event) {
        status(event.certificateNumber(), event.restoredStatus());
    }

    @EventHandler
    void on(CertificationRevokedEvent event) {
        status(event.certificateNumber(), CertificationStatus.REVOKED);
    }

    @EventHandler
    void on(ReReviewOpenedEvent event) {
        schedule.change(event.certificateNumber(),
                doc -> doc.reReview(CertificationStatus.RE_REVIEW, ReReviewStage.OPEN));
    }

    @EventHandler
    void on(CertificationRenewedEvent event) {
        schedule.change(event.certificateNumber(), doc -> doc.renewedAs(event.successorNumber()));
    }

    /** Stays in force until its validity ends; its re-review will not open again. */
    @EventHandler
    void on(ReReviewFailedEvent event) {
        schedule.change(event.certificateNumber(),
                doc -> doc.reReview(CertificationStatus.ACTIVE, ReReviewStage.FAILED));
    }

    @EventHandler
    void on(CertificationExpiredEvent event) {
        status(event.certificateNumber(), CertificationStatus.EXPIRED);
    }

    @EventHandler
    void on(CertificateReissuedEvent event) {
        schedule.change(event.certificateNumber(), doc -> doc.heldBy(event.holderNames()));
    }

    /** A change of status carries out or overtakes an open proposal, as in the aggregate. */
    private void status(String certificateNumber, CertificationStatus status) {
        schedule.change(certificateNumber, doc -> doc.in(status));
        proposals.change(certificateNumber, OpenProposal::closed);
    }
}
