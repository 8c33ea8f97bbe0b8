package kr.smartcity.registry.query.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;

/**
 * One event in the audit trail. Its id is the event's id, so processing the event again writes the same document
 * over itself.
 */
@Document(AuditRecord.COLLECTION)
record AuditRecord(
        @Id String eventId,
        Long sequenceNumber,
        Instant at,
        String actor,
        List<String> roles,
        String event,
        String applicationId,
        String certificateNumber,
        String roundId,
        String indicatorCode,
        String before,
        String after,
        Boolean departsFromSuggestion,
        String reason) {

    static final String COLLECTION = "audit_trail";

    AuditEntry entry() {
        return new AuditEntry(eventId, sequenceNumber, at, actor, roles, event, applicationId, certificateNumber, roundId,
                indicatorCode, before, after, departsFromSuggestion, reason);
    }
}
