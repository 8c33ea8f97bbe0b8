package kr.smartcity.registry.query.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.CertificationMessages.CertificateReissuedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.query.registry.RegistryEntry.Step;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/**
 * The public registry, each certification's public timeline, and the registry's public changes in time order
 * (for the changes feed), written from the certification's events.
 */
@Component
@ProcessingGroup(RegistryProjection.NAME)
public class RegistryProjection {

    public static final String NAME = "registry";

    private final MongoTemplate mongo;
    private final DocumentBatch<RegistryEntry> entries;
    private final DocumentBatch<PublicChange> changes;
    private final RegistryVersion version;

    public RegistryProjection(MongoTemplate mongo, RegistryVersion version) {
        this.mongo = mongo;
        this.version = version;
        this.entries = new DocumentBatch<>(mongo, RegistryEntry.class, RegistryEntry::certificateNumber);
        this.changes = new DocumentBatch<>(mongo, PublicChange.class, PublicChange::eventId);
    }

    /** A rebuild replays every event into an empty registry with no changes. */
    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, RegistryEntry.class, PublicChange.class);
        version.changed();
    }

    @EventHandler
    void on(CertificationAwardedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        CertifiedService service = event.service();
        String how = event.imported() ? "IMPORTED" : event.previousNumber() != null ? "RENEWAL_AWARDED" : "AWARDED";
        Step awarded = new Step(eventId, at, CertificationStatus.ACTIVE, how, null);
        RegistryEntry entry = new RegistryEntry(event.certificateNumber(), service.serviceNameKo(),
                service.serviceNameEn(), List.copyOf(service.holderNames()), service.field(), service.level(),
                service.region(), CertificationStatus.ACTIVE, event.validFrom().getYear(), event.validFrom(),
                event.validUntil(), service.totalScore(),
                service.areaScores() == null ? Map.of() : Map.copyOf(service.areaScores()),
                event.previousNumber(), null, List.of(awarded),
                SearchKeys.key(service.serviceNameKo(), service.serviceNameEn(), service.holderNames()));
        entries.save(entry);
        changes.save(PublicChange.of(entry, awarded));
        version.changed();
    }

    @EventHandler
    void on(CertificationSuspendedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        moveTo(event.certificateNumber(), eventId, at, CertificationStatus.SUSPENDED, "SUSPENDED", event.reason());
    }

    @EventHandler
    void on(CertificationReinstatedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        moveTo(event.certificateNumber(), eventId, at, event.restoredStatus(), "REINSTATED", event.reason());
    }

    @EventHandler
    void on(CertificationRevokedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        moveTo(event.certificateNumber(), eventId, at, CertificationStatus.REVOKED, "REVOKED", event.reason());
    }

    @EventHandler
    void on(ReReviewOpenedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        moveTo(event.certificateNumber(), eventId, at, CertificationStatus.RE_REVIEW, "RE_REVIEW_OPENED",
                event.reason());
    }

    @EventHandler
    void on(CertificationRenewedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(event.certificateNumber(), eventId, entry -> entry.succeededBy(event.successorNumber(),
                new Step(eventId, at, CertificationStatus.ACTIVE, "RENEWED", event.successorNumber())));
    }

    @EventHandler
    void on(ReReviewFailedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        moveTo(event.certificateNumber(), eventId, at, CertificationStatus.ACTIVE, "RE_REVIEW_FAILED",
                event.reason());
    }

    @EventHandler
    void on(CertificationExpiredEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        moveTo(event.certificateNumber(), eventId, at, CertificationStatus.EXPIRED, "EXPIRED", event.successorNumber());
    }

    @EventHandler
    void on(CertificateReissuedEvent event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        step(event.certificateNumber(), eventId, entry -> entry.heldBy(event.holderNames(),
                new Step(eventId, at, entry.status(), "REISSUED", event.reason())));
    }

    /** A step that changes only the status, with its public reason. */
    private void moveTo(String certificateNumber, String eventId, Instant at, CertificationStatus status,
                        String event, String reason) {
        step(certificateNumber, eventId, entry -> entry.after(new Step(eventId, at, status, event, reason)));
    }

    /**
     * Applies one step unless it was applied before (a replay after a crash re-delivers events). Its public change
     * is written either way: against MongoDB proper the two collections are not written atomically, so the change
     * may be what the crash lost.
     */
    private void step(String certificateNumber, String eventId, UnaryOperator<RegistryEntry> change) {
        entries.find(certificateNumber).ifPresent(found -> {
            boolean appliedBefore = found.step(eventId).isPresent();
            RegistryEntry entry = appliedBefore ? found : change.apply(found);
            if (!appliedBefore) {
                entries.save(entry);
                version.changed();
            }
            entry.step(eventId).ifPresent(step -> changes.save(PublicChange.of(entry, step)));
        });
    }
}
