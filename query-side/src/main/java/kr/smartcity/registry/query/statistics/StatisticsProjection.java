package kr.smartcity.registry.query.statistics;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationExpiredEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationReinstatedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRenewedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationRevokedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertificationSuspendedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewFailedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.ReReviewOpenedEvent;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.DecisionMessages.ApplicationDecidedEvent;
import kr.smartcity.registry.command.api.EvaluationMessages.EvaluationConcludedEvent;
import kr.smartcity.registry.query.statistics.ApplicationFacts.AreaPoints;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/**
 * The facts behind the public statistics (통계): one small document per certification and per application, whose
 * fields events set. A processor of its own, so counting never delays the public registry.
 */
@Component
@ProcessingGroup(StatisticsProjection.NAME)
public class StatisticsProjection {

    public static final String NAME = "statistics";

    private final MongoTemplate mongo;
    private final DocumentBatch<CertificationFacts> certifications;
    private final DocumentBatch<ApplicationFacts> applications;

    public StatisticsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.certifications = new DocumentBatch<>(mongo, CertificationFacts.class,
                CertificationFacts::certificateNumber);
        this.applications = new DocumentBatch<>(mongo, ApplicationFacts.class, ApplicationFacts::applicationId);
    }

    /** A rebuild replays every event into empty collections. */
    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, CertificationFacts.class, ApplicationFacts.class);
    }

    @EventHandler
    void on(CertificationAwardedEvent event) {
        certifications.save(new CertificationFacts(event.certificateNumber(), event.service().field(),
                event.service().level(), CertificationStatus.ACTIVE, event.validFrom().getYear()));
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
        status(event.certificateNumber(), CertificationStatus.RE_REVIEW);
    }

    @EventHandler
    void on(CertificationRenewedEvent event) {
        status(event.certificateNumber(), CertificationStatus.ACTIVE);
    }

    @EventHandler
    void on(ReReviewFailedEvent event) {
        status(event.certificateNumber(), CertificationStatus.ACTIVE);
    }

    @EventHandler
    void on(CertificationExpiredEvent event) {
        status(event.certificateNumber(), CertificationStatus.EXPIRED);
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event) {
        applications.save(new ApplicationFacts(event.applicationId(), event.roundId(), List.of(), null));
    }

    @EventHandler
    void on(EvaluationConcludedEvent event) {
        List<AreaPoints> areas = event.areas().stream()
                .map(area -> new AreaPoints(area.areaCode(), area.nameKo(), area.points()))
                .toList();
        applications.change(event.applicationId(), facts -> facts.concluded(areas));
    }

    @EventHandler
    void on(ApplicationDecidedEvent event) {
        applications.change(event.applicationId(), facts -> facts.decided(event.outcome()));
    }

    private void status(String certificateNumber, CertificationStatus status) {
        certifications.change(certificateNumber, facts -> facts.in(status));
    }
}
