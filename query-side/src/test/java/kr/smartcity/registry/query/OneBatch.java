package kr.smartcity.registry.query;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Runs handlers as a processor runs a batch of events during a rebuild: all in one unit of work, whose writes reach
 * MongoDB only as it commits.
 */
public final class OneBatch {

    private OneBatch() {
    }

    /** Commits when the handlers succeed; rolls back and rethrows when they fail: no unit of work outlives a test. */
    public static void run(Runnable handlers) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        try {
            handlers.run();
        } catch (RuntimeException | Error e) {
            batch.rollback(e);
            throw e;
        }
        batch.commit();
    }
}
