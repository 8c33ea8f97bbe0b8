package kr.smartcity.registry.infra.generator;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generator's progress line, once a second: a bar, certifications done, events stored so far and their rate,
 * and the time left at that pace. On a terminal the line redraws itself in place; otherwise (a log file, the
 * benchmark script) it is logged.
 */
final class GenerationProgress {

    private static final Logger log = LoggerFactory.getLogger(GenerationProgress.class);
    private static final int BAR = 20;

    private final int total;
    private final LongSupplier storedEvents;
    private final AtomicInteger done = new AtomicInteger();
    private final boolean terminal = System.console() != null;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "history-generator-progress");
        thread.setDaemon(true);
        return thread;
    });
    // Written by the generator thread, read by the progress timer.
    private volatile long startedAt;
    private volatile long eventsAtStart;

    GenerationProgress(int total, LongSupplier storedEvents) {
        this.total = total;
        this.storedEvents = storedEvents;
    }

    void start() {
        startedAt = System.nanoTime();
        eventsAtStart = storedEvents.getAsLong();
        ticker.scheduleAtFixedRate(this::show, 1, 1, TimeUnit.SECONDS);
    }

    void oneDone() {
        done.incrementAndGet();
    }

    /** Stops the ticker and returns the last line. */
    String finish() {
        ticker.shutdownNow();
        String line = line();
        if (terminal) {
            System.out.println();
        }
        return line;
    }

    private void show() {
        if (terminal) {
            System.out.print("\r" + line());
            System.out.flush();
        } else {
            log.info("History generator {}", line());
        }
    }

    String line() {
        int count = done.get();
        long events = storedEvents.getAsLong() - eventsAtStart;
        double seconds = Math.max((System.nanoTime() - startedAt) / 1e9, 0.001);
        int filled = total == 0 ? BAR : (int) ((long) count * BAR / total);
        long eta = count == 0 ? 0 : Math.round(seconds * (total - count) / count);
        return String.format("[%s%s] %3d%% %,d/%,d certifications · %,d events · %,d events/s · ETA %dm%02ds",
                "#".repeat(filled), ".".repeat(BAR - filled), total == 0 ? 100 : (long) count * 100 / total, count,
                total, events, Math.round(events / seconds), eta / 60, eta % 60);
    }
}
