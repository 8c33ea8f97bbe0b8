package kr.smartcity.registry.query.statistics;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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

/**
 * The facts behind the public statistics (통계): one small document per certification and per application, whose
 * fields events set. A processor of its own, so counting never delays the public registry.
 */
@Component
@ProcessingGroup(StatisticsProjection.NAME)
public class StatisticsProjection {

    public static final String NAME = "statistics";

    private final MongoTemplate mongo;

    public StatisticsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A rebuild replays every event into empty collections. */
    @ResetHandler
    void reset() {
        mongo.remove(new Query(), CertificationFacts.class);
        mongo.remove(new Query(), ApplicationFacts.class);
    }

    @EventHandler
    void on(CertificationAwardedEvent event) {
        mongo.save(new CertificationFacts(event.certificateNumber(), event.service().field(), event.service().level(),
                CertificationStatus.ACTIVE, event.validFrom().getYear()));
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
        mongo.save(new ApplicationFacts(event.applicationId(), event.roundId(), List.of(), null));
    }

    /** A scorecard concluded again (after discrepancies at the site) replaces the earlier one. */
    @EventHandler
    void on(EvaluationConcludedEvent event) {
        List<AreaPoints> areas = event.areas().stream()
                .map(area -> new AreaPoints(area.areaCode(), area.nameKo(), area.points()))
                .toList();
        application(event.applicationId(), Update.update("areas", areas));
    }

    @EventHandler
    void on(ApplicationDecidedEvent event) {
        application(event.applicationId(), Update.update("outcome", event.outcome()));
    }

    private void status(String certificateNumber, CertificationStatus status) {
        mongo.updateFirst(byId(certificateNumber), Update.update("status", status), CertificationFacts.class);
    }

    private void application(String applicationId, Update update) {
        mongo.updateFirst(byId(applicationId), update, ApplicationFacts.class);
    }

    private static Query byId(String id) {
        return new Query(Criteria.where("_id").is(id));
    }
}
