package kr.smartcity.registry.query.audit;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;
import kr.smartcity.registry.query.api.AuditQueries.AuditFilter;
import kr.smartcity.registry.query.api.AuditQueries.AuditPage;
import kr.smartcity.registry.query.api.AuditQueries.ExportAuditTrailQuery;
import kr.smartcity.registry.query.api.AuditQueries.FindAuditTrailQuery;

/** Answers the ministry's (and the admin's) audit queries, newest event first, a case's events in their order. */
@Component
public class AuditQueryHandler {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at", "sequenceNumber").and(Sort.by("_id"));

    private final MongoTemplate mongo;

    public AuditQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    AuditPage handle(FindAuditTrailQuery query, Viewer viewer) {
        mayAudit(viewer);
        Query select = matching(query.filter());
        long total = mongo.count(select, AuditRecord.class);
        select.with(NEWEST_FIRST).skip((long) query.page() * query.size()).limit(query.size());
        return new AuditPage(entries(select), query.page(), query.size(), total);
    }

    @QueryHandler
    List<AuditEntry> handle(ExportAuditTrailQuery query, Viewer viewer) {
        mayAudit(viewer);
        return entries(matching(query.filter()).with(NEWEST_FIRST));
    }

    /** The trail names evaluators and every score: only the ministry and the admin read it. */
    private static void mayAudit(Viewer viewer) {
        viewer.requireAny(Role.MINISTRY, Role.ADMIN);
    }

    private List<AuditEntry> entries(Query select) {
        return mongo.find(select, AuditRecord.class).stream().map(AuditRecord::entry).toList();
    }

    private static Query matching(AuditFilter filter) {
        Criteria criteria = new Criteria();
        equal(criteria, "applicationId", filter.applicationId());
        equal(criteria, "certificateNumber", filter.certificateNumber());
        equal(criteria, "actor", filter.actor());
        equal(criteria, "roles", filter.role()); // an array field matches when any element does
        equal(criteria, "indicatorCode", filter.indicatorCode());
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(filter.from());
            }
            if (filter.to() != null) {
                at.lt(filter.to());
            }
        }
        return new Query(criteria);
    }

    private static void equal(Criteria criteria, String field, String value) {
        if (value != null && !value.isBlank()) {
            criteria.and(field).is(value);
        }
    }
}
