package kr.smartcity.registry.query.registry;

import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * A number that moves on whenever this node's registry read model has changed (after the change is committed), so
 * that what was read from it can be kept until then.
 */
@Component
public class RegistryVersion {

    private static final String COUNTED = RegistryVersion.class.getName();

    private final AtomicLong version = new AtomicLong();

    long current() {
        return version.get();
    }

    /** Called by the projection on every change; a batch of events moves the version once, as it commits. */
    void changed() {
        if (!CurrentUnitOfWork.isStarted()) {
            version.incrementAndGet();
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        if (batch.resources().putIfAbsent(COUNTED, Boolean.TRUE) == null) {
            batch.afterCommit(committed -> version.incrementAndGet());
        }
    }
}
