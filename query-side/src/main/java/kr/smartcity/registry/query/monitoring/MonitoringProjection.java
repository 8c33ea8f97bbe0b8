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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.MonitoringCheckLoggedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.query.api.MonitoringQueries.ReReviewStage;

/**
 * The monitoring schedule (모니터링 일정): each certification's status, validity, re-review due date and stage, and the
 * checks logged on it. Its own processor, so monitoring never holds up the public registry.
 */
@Component
@ProcessingGroup(MonitoringProjection.NAME)
public class MonitoringProjection {

    public static final String NAME = "monitoring";

    private final MongoTemplate mongo;

    public MonitoringProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A rebuild replays every event into an empty schedule and check log. */
    @ResetHandler
    void reset() {
        mongo.remove(new Query(), MonitoredCertification.class);
        mongo.remove(new Query(), LoggedCheck.class);
    }

    @EventHandler
    void on(CertificationAwardedEvent event) {
        CertifiedService service = event.service();
        mongo.save(new MonitoredCertification(event.certificateNumber(), service.serviceNameKo(),
                service.serviceNameEn(), List.copyOf(service.holderNames()), service.field(), service.level(),
                CertificationStatus.ACTIVE, event.validFrom(), event.validUntil(),
                ReReviewDueDate.of(event.validUntil()), ReReviewStage.NOT_OPENED, null, null));
    }

    @EventHandler
    void on(MonitoringCheckLoggedEvent event, @MessageIdentifier String eventId,
            @MetaDataValue(AuditMetadata.ACTOR) String checkedBy, @Timestamp Instant loggedAt) {
        mongo.save(new LoggedCheck(eventId, event.certificateNumber(), event.checkedOn(), event.scope(),
                event.requirementsMet(), event.findings(), List.copyOf(event.attachments()), checkedBy, loggedAt));
        change(event.certificateNumber(), new Update().max("lastCheckedOn", event.checkedOn()));
    }

    @EventHandler
    void on(CertificationSuspendedEvent event) {
        change(event.certificateNumber(), Update.update("status", CertificationStatus.SUSPENDED));
    }

    @EventHandler
    void on(CertificationReinstatedEvent event) {
        change(event.certificateNumber(), Update.update("status", event.restoredStatus()));
    }

    @EventHandler
    void on(CertificationRevokedEvent event) {
        change(event.certificateNumber(), Update.update("status", CertificationStatus.REVOKED));
    }

    @EventHandler
    void on(ReReviewOpenedEvent event) {
        change(event.certificateNumber(), Update.update("status", CertificationStatus.RE_REVIEW)
                .set("reReview", ReReviewStage.OPEN));
    }

    @EventHandler
    void on(CertificationRenewedEvent event) {
        change(event.certificateNumber(), Update.update("status", CertificationStatus.ACTIVE)
                .set("reReview", ReReviewStage.RENEWED)
                .set("successorNumber", event.successorNumber()));
    }

    /** Stays in force until its validity ends; its re-review will not open again. */
    @EventHandler
    void on(ReReviewFailedEvent event) {
        change(event.certificateNumber(), Update.update("status", CertificationStatus.ACTIVE)
                .set("reReview", ReReviewStage.FAILED));
    }

    @EventHandler
    void on(CertificationExpiredEvent event) {
        change(event.certificateNumber(), Update.update("status", CertificationStatus.EXPIRED));
    }

    @EventHandler
    void on(CertificateReissuedEvent event) {
        change(event.certificateNumber(), Update.update("holderNames", List.copyOf(event.holderNames())));
    }

    /** Sets fields of one certification's document; setting them again changes nothing. */
    private void change(String certificateNumber, Update update) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(certificateNumber)), update, MonitoredCertification.class);
    }
}
