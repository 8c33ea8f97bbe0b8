package kr.smartcity.registry.query.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;

/**
 * One event in the audit trail. Its id is the event's id, so processing the event again writes the same document
 * over itself.
 */
@Document(AuditRecord.COLLECTION)
@CompoundIndex(name = "by_time", def = "{'at': -1, 'sequenceNumber': -1}")
@CompoundIndex(name = "by_application", def = "{'applicationId': 1, 'at': -1}")
@CompoundIndex(name = "by_certificate", def = "{'certificateNumber': 1, 'at': -1}")
@CompoundIndex(name = "by_actor", def = "{'actor': 1, 'at': -1}")
@CompoundIndex(name = "by_role", def = "{'roles': 1, 'at': -1}")
@CompoundIndex(name = "by_indicator", def = "{'indicatorCode': 1, 'at': -1}")
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
