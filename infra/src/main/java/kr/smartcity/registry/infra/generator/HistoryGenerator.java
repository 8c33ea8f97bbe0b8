package kr.smartcity.registry.infra.generator;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.infra.demo.DemoCommands;

/**
 * Builds a large fictional ten-year history for benchmarks and drills, all through the real commands: ten rounds
 * (one a year), then {@code registry.generator.certifications} certifications, of which
 * {@code registry.generator.full-case-percent} are applications taken the whole way through the current round
 * (about 150 events each: three evaluators score each of the L1 indicators) and the rest imported into the nine earlier
 * years with their monitoring checks, suspensions, reinstatements, re-issues, revocations and expiries. What each
 * certification goes through depends only on the seed and its index, so the same seed gives the same history
 * (relative to {@code registry.generator.until}; with one thread also the same certificate numbers). Meant for an
 * empty data directory without the demo data. A progress line with the event rate is shown once a second. Last,
 * {@code registry.generator.open-cases} applications are left in document evaluation with their committees'
 * sheets blank, for the command-throughput benchmark to score.
 */
@Component
@ConditionalOnExpression("${registry.generator.certifications:0} > 0 and '${registry.roles}'.contains('command')")
public class HistoryGenerator {

    static final int YEARS = 10;
    private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);

    private final DemoCommands commands;
    private final EventStore events;
    private final Clock clock;
    private final int certifications;
    private final int fullCasePercent;
    private final long seed;
    private final int threads;
    private final int openCases;
    private final LocalDate until;
    private final CountDownLatch finished = new CountDownLatch(1);

    HistoryGenerator(CommandGateway gateway, EventStore events, Clock clock,
                     @Value("${registry.generator.certifications}") int certifications,
                     @Value("${registry.generator.full-case-percent:65}") int fullCasePercent,
                     @Value("${registry.generator.seed:1}") long seed,
                     @Value("${registry.generator.threads:4}") int threads,
                     @Value("${registry.generator.open-cases:3}") int openCases,
                     @Value("${registry.generator.until:}") String until) {
        this.commands = new DemoCommands(gateway);
        this.events = events;
        this.clock = clock;
        this.certifications = certifications;
        this.fullCasePercent = fullCasePercent;
        this.seed = seed;
        this.threads = threads;
        this.openCases = openCases;
        this.until = until.isBlank() ? LocalDate.now(clock.withZone(Seoul.ZONE)) : LocalDate.parse(until);
    }

    /** For tests and drills: waits until the whole history has been sent. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ApplicationReadyEvent.class)
    void generateInTheBackground() {
        Thread generator = new Thread(this::generate, "history-generator");
        generator.setDaemon(true);
        generator.start();
    }

    private void generate() {
        try {
            GenerationProgress progress = new GenerationProgress(certifications, this::storedEvents);
            progress.start();
            GeneratedCertification.CurrentRound round = new GeneratedCertification.CurrentRound(
                    GeneratedRounds.announce(commands, until, clock, fullCasePercent > 0),
                    CriteriaCatalog.onClasspath().version(GeneratedRounds.CRITERIA_VERSION), fullCasePercent);
            ExecutorService workers = Executors.newFixedThreadPool(threads);
            IntStream.range(0, certifications).forEach(index -> workers.execute(() -> {
                try {
                    new GeneratedCertification(seed, index, until).sendTo(commands, round);
                } catch (RuntimeException e) {
                    log.error("History generator: certification {} failed", index, e);
                }
                progress.oneDone();
            }));
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.DAYS);
            for (int open = 0; open < openCases; open++) {
                int index = certifications + open;
                new GeneratedCase(GeneratedCertification.sourceFor(seed, index), seed, index)
                        .sendTo(commands, round.criteria(), round.id(), false);
            }
            log.info("History generated: {}", progress.finish());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("History generator stopped", e);
        } finally {
            finished.countDown();
        }
    }

    /** The event store's head position: how many events it holds, gaps aside. */
    private long storedEvents() {
        TrackingToken head = events.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
