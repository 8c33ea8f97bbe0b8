package kr.smartcity.registry.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Tamper-evident history (ADR 0006): every event carries a hash chained to the previous event of its aggregate; a
 * verifier recomputes the chains from the event store, and a daily digest of the chains' heads is published so that
 * a rewrite of the history can be noticed from outside.
 */
public final class IntegrityMessages {

    private IntegrityMessages() {
    }

    /**
     * Verifies every stored event (admin); answered with an {@link IntegrityReport}. {@code date} names the day whose
     * digest is recomputed and compared with the one published for it; null for the latest published day (today if
     * none was published).
     */
    public record IntegrityReportQuery(LocalDate date) {
    }

    /** Answered with an {@code Optional<DailyDigest>}: the latest published digest, for anyone. */
    public record LatestDigestQuery() {
    }

    /**
     * {@code intact} when no link is broken and the recomputed digest equals the published one (or none was
     * published for that day); {@code matchesPublished} is null when none was.
     */
    public record IntegrityReport(boolean intact, Instant checkedAt, ChainCheck chain, DailyDigest digest,
                                  DailyDigest published, Boolean matchesPublished) {
    }

    /**
     * What the verifier found: events and aggregate streams read, events with a chain hash, events without one
     * stored before events were chained, broken links and the first of them in store order (null if none).
     */
    public record ChainCheck(long events, long streams, long chainedEvents, long unchainedEvents, long brokenLinks,
                             BrokenLink firstBrokenLink) {
    }

    /**
     * An event whose link to the one before it does not hold: {@code expected} is the chain hash recomputed from the
     * store (null for an unchained event), {@code stored} the one the event carries (null if none).
     */
    public record BrokenLink(String aggregateType, String aggregateId, long sequence, String eventId, Problem problem,
                             String expected, String stored) {
    }

    public enum Problem {
        /** The event or its metadata is not what was hashed when it was appended, or its predecessor changed. */
        ALTERED,
        /** Events of the stream are missing before this one (its sequence number does not follow the last). */
        EVENTS_MISSING_BEFORE,
        /** The event has no chain hash although events before it in its stream have one. */
        HASH_MISSING
    }

    /**
     * The digest of a day: SHA-256 over the heads of all aggregate streams (aggregate id, sequence number and chain
     * hash of each stream's last event) as the day began at 00:00 Korean time, and how many events that covers.
     */
    public record DailyDigest(LocalDate date, String digest, long events, Instant computedAt) {
    }
}
