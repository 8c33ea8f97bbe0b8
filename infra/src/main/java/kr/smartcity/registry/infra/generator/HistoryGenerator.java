package kr.smartcity.registry.infra.generator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Seoul;

/**
 * Builds a large fictional history for benchmarks and drills: {@code registry.generator.certifications}
 * certifications over ten award years, each with its monitoring checks and, for some, suspensions,
 * reinstatements, re-issues and revocations — all through the real commands. What each certification
 * goes through depends only on the seed and its index, so the same seed gives the same history
 * (relative to {@code registry.generator.until}). Progress and rate are logged while it runs.
 */
@Component
@ConditionalOnExpression("${registry.generator.certifications:0} > 0 and '${registry.roles}'.contains('command')")
class HistoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);

    private final GeneratedCertification.Commands commands;
    private final int certifications;
    private final long seed;
    private final int threads;
    private final LocalDate until;

    HistoryGenerator(CommandGateway gateway, Clock clock,
                     @Value("${registry.generator.certifications}") int certifications,
                     @Value("${registry.generator.seed:1}") long seed,
                     @Value("${registry.generator.threads:4}") int threads,
                     @Value("${registry.generator.until:}") String until) {
        this.commands = new GeneratedCertification.Commands(gateway);
        this.certifications = certifications;
        this.seed = seed;
        this.threads = threads;
        this.until = until.isBlank() ? LocalDate.now(clock.withZone(Seoul.ZONE)) : LocalDate.parse(until);
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateInTheBackground() {
        Thread generator = new Thread(this::generate, "history-generator");
        generator.setDaemon(true);
        generator.start();
    }

    private void generate() {
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        IntStream.range(0, certifications).forEach(index -> workers.execute(() -> {
            try {
                new GeneratedCertification(seed, index, until).sendTo(commands);
            } catch (RuntimeException e) {
                log.error("History generator: certification {} failed", index, e);
            }
            int count = done.incrementAndGet();
            if (count % 500 == 0 || count == certifications) {
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("History generator: {}/{} certifications, {} commands ({} commands/s)", count,
                        certifications, commands.sent(), Math.round(commands.sent() / seconds));
            }
        }));
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.DAYS);
            log.info("History generated: {} certifications, {} commands in {} s", done.get(), commands.sent(),
                    (System.nanoTime() - started) / 1_000_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
