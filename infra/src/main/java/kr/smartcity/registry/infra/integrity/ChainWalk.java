package kr.smartcity.registry.infra.integrity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import kr.smartcity.registry.query.api.IntegrityMessages.BrokenLink;
import kr.smartcity.registry.query.api.IntegrityMessages.ChainCheck;
import kr.smartcity.registry.query.api.IntegrityMessages.Problem;

/**
 * Follows the stored events in store order (each stream in sequence order) and checks every link, keeping only the
 * last link of each stream. After a broken link it goes on from the hash the event carries (or, if it carries none,
 * from the one it should carry), so that one edited event is one broken link. Events without a chain hash before the
 * first chained event of their stream were stored before events were chained: counted, not broken. On the way it
 * keeps each stream's head as of a cutoff: its last event of those stamped before the cutoff, in sequence order.
 */
final class ChainWalk {

    private static final class AggregateStream {
        long lastSequence = -1;
        String lastHash;
        boolean chained;
        long headSequence = -1;
        String headHash;
        boolean pastCutoff;
    }

    private final Instant cutoff;
    private final Map<String, AggregateStream> streams = new HashMap<>();
    private long events;
    private long chainedEvents;
    private long unchainedEvents;
    private long brokenLinks;
    private BrokenLink firstBrokenLink;
    private long eventsBeforeCutoff;

    ChainWalk(Instant cutoff) {
        this.cutoff = cutoff;
    }

    void take(StoredEvent event) {
        events++;
        AggregateStream stream = streams.computeIfAbsent(event.aggregateId(), id -> new AggregateStream());
        String stored = event.chainHash();
        String expected = stream.chained || stored != null
                ? ChainHash.of(stream.lastHash == null ? ChainHash.GENESIS : stream.lastHash, event)
                : null;
        Problem problem = event.sequence() != stream.lastSequence + 1 ? Problem.EVENTS_MISSING_BEFORE
                : stored == null && stream.chained ? Problem.HASH_MISSING
                : stored != null && !stored.equals(expected) ? Problem.ALTERED
                : null;
        if (problem != null) {
            broken(new BrokenLink(event.aggregateType(), event.aggregateId(), event.sequence(), event.eventId(),
                    problem, expected, stored));
        }
        if (stored != null) {
            chainedEvents++;
            stream.chained = true;
        } else if (!stream.chained) {
            unchainedEvents++;
        }
        stream.lastSequence = event.sequence();
        stream.lastHash = stored != null ? stored : expected;
        followHead(stream, event);
    }

    private void broken(BrokenLink link) {
        brokenLinks++;
        if (firstBrokenLink == null) {
            firstBrokenLink = link;
        }
    }

    private void followHead(AggregateStream stream, StoredEvent event) {
        if (stream.pastCutoff || !event.timestamp().isBefore(cutoff)) {
            stream.pastCutoff = true;
            return;
        }
        stream.headSequence = event.sequence();
        stream.headHash = event.chainHash();
        eventsBeforeCutoff++;
    }

    ChainCheck check() {
        return new ChainCheck(events, streams.size(), chainedEvents, unchainedEvents, brokenLinks, firstBrokenLink);
    }

    /**
     * SHA-256 over the heads at the cutoff, by aggregate id: their number, then each stream's aggregate id, sequence
     * number and chain hash (none for a stream of unchained events). Streams with no event before the cutoff are left
     * out.
     */
    String headDigest() {
        Map<String, AggregateStream> byId = new TreeMap<>(streams);
        byId.values().removeIf(stream -> stream.headSequence < 0);
        HashInput input = HashInput.sha256().number(byId.size());
        byId.forEach((id, stream) -> input.text(id).number(stream.headSequence).text(stream.headHash));
        return input.hex();
    }

    long eventsBeforeCutoff() {
        return eventsBeforeCutoff;
    }
}
