package kr.smartcity.registry.infra.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.IntegrityMessages.ChainCheck;
import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;

/**
 * Recomputes the chain hash of every stored event, in store order, and takes a day's digest on the way. It reads
 * through a storage engine built without upcasters: an upcast event is no longer the bytes that were hashed.
 */
final class ChainVerifier {

    record Verification(ChainCheck chain, DailyDigest digest) {
    }

    private final EventStorageEngine storedEvents;
    private final Serializer serializer;
    private final Clock clock;

    /** {@code serializer} must be the one {@code storedEvents} reads with, so payloads come back as stored. */
    ChainVerifier(EventStorageEngine storedEvents, Serializer serializer, Clock clock) {
        this.storedEvents = storedEvents;
        this.serializer = serializer;
        this.clock = clock;
    }

    /** Every event verified, and the digest of {@code day}: the heads of the streams as that day began in Korea. */
    Verification verify(LocalDate day) {
        ChainWalk walk = new ChainWalk(day.atStartOfDay(Seoul.ZONE).toInstant());
        // The JDBC store keeps every event with an aggregate (Axon gives one of none its own id as aggregate id).
        try (Stream<? extends TrackedEventMessage<?>> events = storedEvents.readEvents(null, false)) {
            events.forEach(event -> walk.take(StoredEvent.of((DomainEventMessage<?>) event, serializer)));
        }
        return new Verification(walk.check(),
                new DailyDigest(day, walk.headDigest(), walk.eventsBeforeCutoff(), clock.instant()));
    }
}
