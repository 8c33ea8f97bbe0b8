package kr.smartcity.registry.infra.eventstore;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when events would not be stored: Axon falls back to a plain event bus (or an
 * in-memory engine) when its store is misconfigured, and the registry would silently forget.
 */
@Component
class EventStoreGuard implements InitializingBean {

    private final EventBus eventBus;
    private final ObjectProvider<EventStorageEngine> engine;

    EventStoreGuard(EventBus eventBus, ObjectProvider<EventStorageEngine> engine) {
        this.eventBus = eventBus;
        this.engine = engine;
    }

    @Override
    public void afterPropertiesSet() {
        if (!(eventBus instanceof EventStore)) {
            throw new IllegalStateException("No event store is configured: the event bus is "
                    + eventBus.getClass().getName() + ". Configure Axon Server or the embedded JDBC store.");
        }
        EventStorageEngine storage = engine.getIfAvailable();
        if (eventBus instanceof EmbeddedEventStore && (storage == null || storage instanceof InMemoryEventStorageEngine)) {
            throw new IllegalStateException("The embedded event store has no durable storage engine.");
        }
    }
}
