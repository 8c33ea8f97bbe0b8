package kr.smartcity.registry.infra.integrity;

import java.util.Map;
import java.util.TreeMap;

/**
 * The hash that links an event to the event before it in its aggregate's stream (ADR 0006): SHA-256 over the
 * previous event's chain hash, the aggregate type and id, the sequence number, the event id, the timestamp (epoch
 * milliseconds: what every store keeps), the payload type and revision, the payload bytes as stored, and the other
 * metadata entries (by key; values as text), so that changing any of them, or the order of events, breaks the link.
 */
final class ChainHash {

    /** The metadata key of an event's chain hash. */
    static final String METADATA_KEY = "chainHash";

    /** Stands for "no event before": before sequence 0, and before the first event chained after older ones. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String previous, StoredEvent event) {
        HashInput input = HashInput.sha256()
                .text(previous)
                .text(event.aggregateType())
                .text(event.aggregateId())
                .number(event.sequence())
                .text(event.eventId())
                .number(event.timestamp().toEpochMilli())
                .text(event.payloadType())
                .text(event.payloadRevision())
                .bytes(event.payload());
        Map<String, Object> metadata = new TreeMap<>(event.metadata());
        metadata.remove(METADATA_KEY);
        input.number(metadata.size());
        metadata.forEach((key, value) -> input.text(key).text(value == null ? null : value.toString()));
        return input.hex();
    }
}
