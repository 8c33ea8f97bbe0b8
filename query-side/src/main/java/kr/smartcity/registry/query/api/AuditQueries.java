package kr.smartcity.registry.query.api;

import java.time.Instant;
import java.util.List;

/**
 * The ministry's audit trail (감사 추적): one entry per event, who caused it in which role, when, the case it
 * concerns, and for scores and decisions what changed and why.
 */
public final class AuditQueries {

    private AuditQueries() {
    }

    /**
     * Which entries: null filters match everything; {@code role} matches any of the actor's roles; {@code from}
     * is inclusive, {@code to} exclusive.
     */
    public record AuditFilter(
            String applicationId,
            String certificateNumber,
            String actor,
            String role,
            String indicatorCode,
            Instant from,
            Instant to) {
    }

    /** One page of matching entries, newest first. */
    public record FindAuditTrailQuery(AuditFilter filter, int page, int size) {
    }

    /** Every matching entry, newest first, for an export. */
    public record ExportAuditTrailQuery(AuditFilter filter) {
    }

    /**
     * One event as the audit trail shows it. {@code sequenceNumber} is its place in its case's own history (null for
     * events of no case); not the position in the event store, which a replay does not reproduce where concurrent
     * commits left gaps. {@code actor} is {@code system} for events the registry caused by itself (deadlines).
     * {@code before} → {@code after} where the event says it cheaply: a score change's previous points and points,
     * a resolution's suggested points and resolved points (then {@code departsFromSuggestion}), or the status a
     * case moved to. {@code reason} is the event's rationale, reason or findings.
     */
    public record AuditEntry(
            String eventId,
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
    }

    public record AuditPage(List<AuditEntry> items, int page, int size, long totalItems) {
    }
}
