package kr.smartcity.registry.infra.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.smartcity.registry.query.api.IntegrityMessages.ChainCheck;
import kr.smartcity.registry.query.api.IntegrityMessages.Problem;

/** The verifier's walk over stored events: which link it calls broken, what it counts, and the head at a cutoff. */
class ChainWalkTest {

    private static final Instant DAY_BEGAN = Instant.parse("2025-05-31T15:00:00Z");

    /** A stream of events chained as {@link ChainLinking} chains them, one hour apart from {@code first}. */
    private static List<StoredEvent> stream(String aggregateId, Instant first, String... payloads) {
        List<StoredEvent> events = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            StoredEvent event = unchained(aggregateId, sequence, first.plusSeconds(3600L * sequence),
                    payloads[sequence]);
            previous = ChainHash.of(previous, event);
            events.add(withMetadata(event, Map.of("actor", "operator", ChainHash.METADATA_KEY, previous)));
        }
        return events;
    }

    private static StoredEvent unchained(String aggregateId, long sequence, Instant at, String payload) {
        return new StoredEvent("Application", aggregateId, sequence, aggregateId + "-" + sequence, at,
                "ApplicationAcceptedEvent", null, payload.getBytes(StandardCharsets.UTF_8),
                Map.of("actor", "operator"));
    }

    private static StoredEvent withMetadata(StoredEvent event, Map<String, ?> metadata) {
        return new StoredEvent(event.aggregateType(), event.aggregateId(), event.sequence(), event.eventId(),
                event.timestamp(), event.payloadType(), event.payloadRevision(), event.payload(), metadata);
    }

    private static StoredEvent withPayload(StoredEvent event, String payload) {
        return new StoredEvent(event.aggregateType(), event.aggregateId(), event.sequence(), event.eventId(),
                event.timestamp(), event.payloadType(), event.payloadRevision(),
                payload.getBytes(StandardCharsets.UTF_8), event.metadata());
    }

    private static ChainWalk walk(List<StoredEvent> events) {
        ChainWalk walk = new ChainWalk(DAY_BEGAN);
        events.forEach(walk::take);
        return walk;
    }

    @Test
    void chainsAsLinkedAreIntact() {
        List<StoredEvent> events = new ArrayList<>(stream("a", DAY_BEGAN, "{}", "{\"x\":1}", "{\"x\":2}"));
        events.addAll(stream("b", DAY_BEGAN, "{}"));
        assertThat(walk(events).check()).isEqualTo(new ChainCheck(4, 2, 4, 0, 0, null));
    }

    @Test
    void anEditedEventIsTheOneBrokenLinkAndTheNextStillHolds() {
        List<StoredEvent> events = stream("a", DAY_BEGAN, "{}", "{\"x\":1}", "{\"x\":2}");
        events.set(1, withPayload(events.get(1), "{\"x\":9}"));
        ChainCheck check = walk(events).check();
        assertThat(check.brokenLinks()).isEqualTo(1);
        assertThat(check.firstBrokenLink().eventId()).isEqualTo("a-1");
        assertThat(check.firstBrokenLink().problem()).isEqualTo(Problem.ALTERED);
        assertThat(check.firstBrokenLink().stored()).isEqualTo(events.get(1).chainHash())
                .isNotEqualTo(check.firstBrokenLink().expected());
    }

    @Test
    void editedMetadataBreaksTheLinkToo() {
        List<StoredEvent> events = stream("a", DAY_BEGAN, "{}", "{\"x\":1}");
        events.set(0, withMetadata(events.get(0),
                Map.of("actor", "someone-else", ChainHash.METADATA_KEY, events.get(0).chainHash())));
        assertThat(walk(events).check().firstBrokenLink().eventId()).isEqualTo("a-0");
    }

    @Test
    void aDeletedEventIsFoundAtTheEventAfterIt() {
        List<StoredEvent> events = stream("a", DAY_BEGAN, "{}", "{\"x\":1}", "{\"x\":2}", "{\"x\":3}");
        events.remove(1);
        ChainCheck check = walk(events).check();
        assertThat(check.brokenLinks()).isEqualTo(1);
        assertThat(check.firstBrokenLink().sequence()).isEqualTo(2);
        assertThat(check.firstBrokenLink().problem()).isEqualTo(Problem.EVENTS_MISSING_BEFORE);
    }

    @Test
    void swappedEventsBreakTheChain() {
        List<StoredEvent> events = stream("a", DAY_BEGAN, "{}", "{\"x\":1}", "{\"x\":2}");
        StoredEvent second = events.get(1);
        StoredEvent third = events.get(2);
        events.set(1, withPayload(withMetadata(second, third.metadata()), "{\"x\":2}"));
        events.set(2, withPayload(withMetadata(third, second.metadata()), "{\"x\":1}"));
        assertThat(walk(events).check().firstBrokenLink().eventId()).isEqualTo("a-1");
    }

    @Test
    void eventsStoredBeforeChainingAreCountedAndTheChainStartsAfterThem() {
        StoredEvent legacy = unchained("a", 0, DAY_BEGAN, "{}");
        StoredEvent chained = unchained("a", 1, DAY_BEGAN.plusSeconds(60), "{\"x\":1}");
        chained = withMetadata(chained,
                Map.of("actor", "operator", ChainHash.METADATA_KEY, ChainHash.of(ChainHash.GENESIS, chained)));
        assertThat(walk(List.of(legacy, chained)).check()).isEqualTo(new ChainCheck(2, 1, 1, 1, 0, null));
    }

    @Test
    void aChainHashRemovedAfterChainedEventsIsABrokenLink() {
        List<StoredEvent> events = stream("a", DAY_BEGAN, "{}", "{\"x\":1}", "{\"x\":2}");
        Map<String, Object> stripped = new HashMap<>(events.get(1).metadata());
        stripped.remove(ChainHash.METADATA_KEY);
        events.set(1, withMetadata(events.get(1), stripped));
        ChainCheck check = walk(events).check();
        assertThat(check.brokenLinks()).isEqualTo(1);
        assertThat(check.firstBrokenLink().problem()).isEqualTo(Problem.HASH_MISSING);
    }

    @Test
    void theHeadAtTheCutoffCoversOnlyEventsStampedBeforeIt() {
        List<StoredEvent> before = stream("a", DAY_BEGAN.minusSeconds(7200), "{}", "{\"x\":1}");
        List<StoredEvent> withLater = stream("a", DAY_BEGAN.minusSeconds(7200), "{}", "{\"x\":1}", "{\"x\":2}");
        ChainWalk walk = walk(withLater);
        assertThat(walk.eventsBeforeCutoff()).isEqualTo(2);
        assertThat(walk.headDigest()).isEqualTo(walk(before).headDigest());

        List<StoredEvent> rewritten = stream("a", DAY_BEGAN.minusSeconds(7200), "{}", "{\"x\":7}", "{\"x\":2}");
        assertThat(walk(rewritten).headDigest()).isNotEqualTo(walk.headDigest());
        assertThat(walk(rewritten).check().brokenLinks()).isZero();
    }
}
