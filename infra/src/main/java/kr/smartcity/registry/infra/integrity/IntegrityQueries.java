package kr.smartcity.registry.infra.integrity;

import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;

import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;
import kr.smartcity.registry.query.api.IntegrityMessages.IntegrityReport;
import kr.smartcity.registry.query.api.IntegrityMessages.IntegrityReportQuery;
import kr.smartcity.registry.query.api.IntegrityMessages.LatestDigestQuery;

/** The integrity report for the admin (it names events and aggregates), the latest digest for anyone. */
final class IntegrityQueries {

    private final IntegrityCheck check;
    private final DigestLedger ledger;

    IntegrityQueries(IntegrityCheck check, DigestLedger ledger) {
        this.check = check;
        this.ledger = ledger;
    }

    @QueryHandler
    IntegrityReport handle(IntegrityReportQuery query, Viewer viewer) {
        viewer.requireAny(Role.ADMIN);
        return check.check(query.date());
    }

    @QueryHandler
    Optional<DailyDigest> handle(LatestDigestQuery query) {
        return ledger.latest();
    }
}
