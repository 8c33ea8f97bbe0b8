package kr.smartcity.registry.query.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.MonitoringQueries.CertificationChecks;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringChecksQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringScheduleQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindProposedActionsQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.MonitoringSchedule;
import kr.smartcity.registry.query.api.MonitoringQueries.ProposedActionItem;
import kr.smartcity.registry.query.api.MonitoringQueries.ReReviewStage;
import kr.smartcity.registry.query.api.MonitoringQueries.ScheduledCertification;

/**
 * Answers the monitoring schedule and a certification's checks, for monitoring staff, the ministry, the operator and
 * the admin. Only certifications in force are scheduled: active, under re-review or suspended (a suspended one still
 * expires, and still falls due for re-review). A re-review is due or overdue only while none was opened: active or
 * suspended, stage {@link ReReviewStage#NOT_OPENED} (one that failed does not open again).
 */
@Component
public class MonitoringQueryHandler {

    /** How far ahead the schedule lists re-reviews falling due: a quarter, as far as the longer expiry list. */
    static final int RE_REVIEW_DAYS_AHEAD = 90;
    static final int NEAR_EXPIRY_DAYS = 30;
    static final int FAR_EXPIRY_DAYS = 90;

    private static final Set<CertificationStatus> IN_FORCE =
            EnumSet.of(CertificationStatus.ACTIVE, CertificationStatus.RE_REVIEW, CertificationStatus.SUSPENDED);
    private static final Set<CertificationStatus> AWAITING_RE_REVIEW =
            EnumSet.of(CertificationStatus.ACTIVE, CertificationStatus.SUSPENDED);
    private static final Sort NEWEST_CHECK_FIRST = Sort.by(Sort.Direction.DESC, "checkedOn", "loggedAt");

    private final MongoTemplate mongo;

    public MonitoringQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    MonitoringSchedule handle(FindMonitoringScheduleQuery query, Viewer viewer) {
        mayMonitor(viewer);
        LocalDate today = query.today();
        return new MonitoringSchedule(today,
                scheduled(reReviewNotOpened().and("reReviewDueOn").gte(today).lte(today.plusDays(RE_REVIEW_DAYS_AHEAD)),
                        "reReviewDueOn"),
                scheduled(reReviewNotOpened().and("reReviewDueOn").lt(today).and("validUntil").gte(today),
                        "reReviewDueOn"),
                scheduled(expiring(today, NEAR_EXPIRY_DAYS), "validUntil"),
                scheduled(expiring(today, FAR_EXPIRY_DAYS), "validUntil"),
                scheduled(Criteria.where("status").in(IN_FORCE), "lastCheckedOn"));
    }

    @QueryHandler
    Optional<CertificationChecks> handle(FindMonitoringChecksQuery query, Viewer viewer) {
        mayMonitor(viewer);
        return Optional.ofNullable(mongo.findById(query.certificateNumber(), MonitoredCertification.class))
                .map(certification -> new CertificationChecks(certification.certificateNumber(),
                        certification.serviceNameKo(), certification.status(), certification.lastCheckedOn(),
                        mongo.find(new Query(Criteria.where("certificateNumber").is(query.certificateNumber()))
                                        .with(NEWEST_CHECK_FIRST), LoggedCheck.class).stream()
                                .map(LoggedCheck::check)
                                .toList()));
    }

    /** Who proposes and who decides: monitoring staff and the ministry, and the admin. */
    @QueryHandler
    List<ProposedActionItem> handle(FindProposedActionsQuery query, Viewer viewer) {
        viewer.requireAny(Role.MONITOR, Role.MINISTRY, Role.ADMIN);
        Criteria open = Criteria.where("open").is(true);
        if (query.certificateNumber() != null) {
            open = open.and("_id").is(query.certificateNumber());
        }
        return mongo.find(new Query(open).with(Sort.by("proposedAt")), OpenProposal.class).stream()
                .map(proposal -> new ProposedActionItem(proposal.certificateNumber(), proposal.serviceNameKo(),
                        Optional.ofNullable(mongo.findById(proposal.certificateNumber(), MonitoredCertification.class))
                                .map(MonitoredCertification::status).orElse(null),
                        proposal.action(), proposal.reason(), proposal.proposedBy(), proposal.proposedAt()))
                .toList();
    }

    /** The schedule names services under watch and their findings: staff who act on it only. */
    private static void mayMonitor(Viewer viewer) {
        viewer.requireAny(Role.MONITOR, Role.MINISTRY, Role.OPERATOR, Role.ADMIN);
    }

    private static Criteria reReviewNotOpened() {
        return Criteria.where("reReview").is(ReReviewStage.NOT_OPENED).and("status").in(AWAITING_RE_REVIEW);
    }

    /** In force, the last valid day from today to {@code days} ahead, both included. */
    private static Criteria expiring(LocalDate today, int days) {
        return Criteria.where("status").in(IN_FORCE).and("validUntil").gte(today).lte(today.plusDays(days));
    }

    /** Ascending by {@code field} (a missing date first), then by number. */
    private List<ScheduledCertification> scheduled(Criteria criteria, String field) {
        Query select = new Query(criteria).with(Sort.by(field, "certificateNumber"));
        return mongo.find(select, MonitoredCertification.class).stream().map(MonitoredCertification::item).toList();
    }
}
