package kr.smartcity.registry.infra;

import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again when it lost a race on an aggregate (two decisions allocating the year's
 * next certificate number, or creating that year's numbering at once; two changes to one score
 * sheet): the second attempt sees the winner's events and either succeeds or is refused by the
 * rules (creating what truly exists fails again and is answered 409). Nothing else is retried.
 */
final class ConflictRetry extends IntervalRetryScheduler {

    private static final int ATTEMPTS = 5;
    private static final int INTERVAL_MILLIS = 25;

    private ConflictRetry(Builder builder) {
        super(builder);
    }

    static ConflictRetry scheduler(ScheduledExecutorService executor) {
        return new ConflictRetry(IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(ATTEMPTS)
                .retryInterval(INTERVAL_MILLIS));
    }

    /**
     * Decided on the whole failure: Axon's predicate would be asked of every cause on its own,
     * and the database error under a lost race would then count as a reason not to retry.
     */
    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return false;
            }
        }
        return true;
    }
}
