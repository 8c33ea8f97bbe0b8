package kr.smartcity.registry.infra;

import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a command again when it lost a race on an aggregate (two decisions allocating the year's
 * next certificate number, two changes to one score sheet): the second attempt sees the winner's
 * events and either succeeds or is refused by the rules. Nothing else is retried: a refusal stays
 * a refusal.
 */
final class ConflictRetry {

    private static final int ATTEMPTS = 5;
    private static final int INTERVAL_MILLIS = 25;

    private ConflictRetry() {
    }

    static RetryScheduler scheduler(ScheduledExecutorService executor) {
        return IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .maxRetryCount(ATTEMPTS)
                .retryInterval(INTERVAL_MILLIS)
                .nonTransientFailurePredicate(failure -> !lostARace(failure))
                .build();
    }

    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
