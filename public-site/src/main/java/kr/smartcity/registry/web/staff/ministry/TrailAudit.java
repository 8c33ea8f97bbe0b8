package kr.smartcity.registry.web.staff.ministry;

import static kr.smartcity.registry.web.staff.ministry.AuditTable.text;
import static kr.smartcity.registry.web.staff.ministry.AuditTable.time;

import java.util.List;

import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;

/**
 * 감사 추적 across cases: what an evaluator account (or anyone) did, what happened to an indicator, or everything in a
 * time range; one row per event, newest first, as the audit trail records it.
 */
final class TrailAudit {

    static final List<String> COLUMNS = List.of("ministry.audit.col.at", "ministry.audit.col.actor",
            "ministry.audit.col.event", "ministry.audit.col.application", "ministry.audit.col.certificate",
            "ministry.audit.col.indicator", "ministry.audit.col.before", "ministry.audit.col.after",
            "ministry.audit.col.reason");

    private TrailAudit() {
    }

    static AuditTable of(List<AuditEntry> entries) {
        return new AuditTable(COLUMNS, entries.stream()
                .map(entry -> List.of(time(entry.at()), text(entry.actor()), text(entry.event()),
                        text(entry.applicationId()), text(entry.certificateNumber()), text(entry.indicatorCode()),
                        text(entry.before()), text(entry.after()), text(entry.reason())))
                .toList());
    }
}
