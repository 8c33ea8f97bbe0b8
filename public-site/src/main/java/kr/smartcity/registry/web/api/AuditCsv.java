package kr.smartcity.registry.web.api;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;

/** The audit trail's columns in its {@link Csv} export. Times are Korean local time. */
final class AuditCsv {

    private static final List<String> HEADER = List.of("at (KST)", "actor", "roles", "event", "applicationId",
            "certificateNumber", "roundId", "indicatorCode", "before", "after", "departsFromSuggestion", "reason",
            "sequenceNumber", "eventId");

    private AuditCsv() {
    }

    static byte[] of(List<AuditEntry> entries) {
        return Csv.of(HEADER, entries, entry -> Arrays.asList(LocalDateTime.ofInstant(entry.at(), Seoul.ZONE),
                entry.actor(), String.join(",", entry.roles()), entry.event(), entry.applicationId(),
                entry.certificateNumber(), entry.roundId(), entry.indicatorCode(), entry.before(), entry.after(),
                entry.departsFromSuggestion(), entry.reason(), entry.sequenceNumber(), entry.eventId()));
    }
}
