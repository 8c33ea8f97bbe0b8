package kr.smartcity.registry.infra.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;

/**
 * Gives each event its chain hash as the event store is about to append it. Registered on the store, it sees every
 * event a unit of work applied, in order, when the unit of work prepares its commit, and what it returns is what the
 * store appends. The link before an event is the previous event of the same aggregate: one linked earlier in the same
 * unit of work, else the stored one, read once by its aggregate and sequence number (a new aggregate needs no read).
 * Chains run per aggregate, so commands on different aggregates never wait for one another. Events of no aggregate
 * are left unchained; the registry publishes none.
 */
final class ChainLinking implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final String LINKS = ChainLinking.class.getName() + ".links";

    private record Link(long sequence, String hash) {
    }

    private final EventStore events;
    private final Serializer serializer;

    ChainLinking(EventStore events, Serializer serializer) {
        this.events = events;
        this.serializer = serializer;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Link> links = linkedInThisUnitOfWork();
        List<EventMessage<?>> linked = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            linked.add(message instanceof DomainEventMessage<?> event ? link(event, links) : message);
        }
        return (index, message) -> linked.get(index);
    }

    private EventMessage<?> link(DomainEventMessage<?> event, Map<String, Link> links) {
        String hash = ChainHash.of(previousHash(event, links), StoredEvent.of(event, serializer));
        links.put(event.getAggregateIdentifier(), new Link(event.getSequenceNumber(), hash));
        return event.andMetaData(Map.of(ChainHash.METADATA_KEY, hash));
    }

    private String previousHash(DomainEventMessage<?> event, Map<String, Link> links) {
        long previous = event.getSequenceNumber() - 1;
        Link earlier = links.get(event.getAggregateIdentifier());
        if (earlier != null && earlier.sequence() == previous) {
            return earlier.hash();
        }
        return previous < 0 ? ChainHash.GENESIS : storedHash(event.getAggregateIdentifier(), previous);
    }

    /** The chain hash of the stored event; genesis if it was stored before events were chained. */
    private String storedHash(String aggregateId, long sequence) {
        DomainEventStream stored = events.readEvents(aggregateId, sequence);
        if (stored.hasNext() && stored.peek().getSequenceNumber() == sequence) {
            Object hash = stored.peek().getMetaData().get(ChainHash.METADATA_KEY);
            return hash == null ? ChainHash.GENESIS : hash.toString();
        }
        return ChainHash.GENESIS;
    }

    /**
     * The last link of each aggregate in this unit of work, kept on the root unit of work: events applied while the
     * commit is being prepared reach this interceptor in a later batch, before the earlier ones are readable from
     * every store.
     */
    private static Map<String, Link> linkedInThisUnitOfWork() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(LINKS, key -> new HashMap<>())
                : new HashMap<>();
    }
}
