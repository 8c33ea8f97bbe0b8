package kr.smartcity.registry.infra.integrity;

import java.time.Instant;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * An event as the event store keeps it: what its chain hash covers, and (in {@code metadata}) the chain hash it
 * carries. Made from an event about to be appended and from an event read back, in the same way, so that both sides
 * hash the same bytes.
 */
record StoredEvent(String aggregateType, String aggregateId, long sequence, String eventId, Instant timestamp,
                   String payloadType, String payloadRevision, byte[] payload, Map<String, ?> metadata) {

    /**
     * The payload as {@code serializer} writes it: for an event about to be appended, the bytes the store will keep
     * (the store serializes with the same serializer); for an event read with that serializer, the stored bytes
     * themselves, not deserialized and written again.
     */
    static StoredEvent of(DomainEventMessage<?> event, Serializer serializer) {
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        return new StoredEvent(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getIdentifier(), event.getTimestamp(), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), event.getMetaData());
    }

    /** The chain hash in the metadata; null for an event stored before events were chained. */
    String chainHash() {
        Object hash = metadata.get(ChainHash.METADATA_KEY);
        return hash == null ? null : hash.toString();
    }
}
