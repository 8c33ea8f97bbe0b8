package kr.smartcity.registry.query.applications;

import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationSubmittedEvent;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;

/** The staff pipeline of applications (신청 현황). */
@Component
@ProcessingGroup(ApplicationsProjection.NAME)
public class ApplicationsProjection {

    public static final String NAME = "applications";

    private final MongoTemplate mongo;

    public ApplicationsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ApplicationSubmittedEvent event) {
        mongo.save(new ApplicationDocument(event.applicationId(), event.roundId(), event.serviceNameKo(),
                event.serviceNameEn(), event.representative().organisationName(), event.field(), event.level(),
                event.region(), "SUBMITTED", event.submittedAt()));
    }

    @QueryHandler
    List<ApplicationSummary> handle(FindApplicationsQuery query) {
        Query select = query.roundId() == null
                ? new Query()
                : Query.query(Criteria.where("roundId").is(query.roundId()));
        select.with(Sort.by(Sort.Direction.DESC, "submittedAt"));
        return mongo.find(select, ApplicationDocument.class).stream()
                .map(ApplicationsProjection::summary)
                .toList();
    }

    private static ApplicationSummary summary(ApplicationDocument doc) {
        return new ApplicationSummary(doc.applicationId(), doc.roundId(), doc.serviceNameKo(), doc.serviceNameEn(),
                doc.organisationName(), doc.field(), doc.level(), doc.region(), doc.state(), doc.submittedAt());
    }
}
