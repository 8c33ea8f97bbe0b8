package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.command.api.ScoringMessages.IndicatorScoredEvent;
import kr.smartcity.registry.infra.generator.HistoryGenerator;

/**
 * The history generator at a small size, on one thread: the same seed gives the same events (types, aggregates and
 * payloads, timestamps aside), another seed another history, and the mix holds — ten rounds, full cases scored by
 * three evaluators each, imports with monitoring checks and expiries.
 */
class HistoryGeneratorTest {

    /** Instants stamped by the registry's clock when a command is handled: not part of what the seed decides. */
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    @TempDir
    static Path dataDirs;
    private static List<String> first;
    private static List<EventMessage<?>> firstEvents;

    @BeforeAll
    static void generateOnce() throws Exception {
        firstEvents = generate("first", 7);
        first = normalised(firstEvents);
    }

    @Test
    void theSameSeedGivesTheSameHistoryAndAnotherSeedAnother() throws Exception {
        assertThat(normalised(generate("again", 7))).containsExactlyInAnyOrderElementsOf(first);
        assertThat(normalised(generate("other", 8))).isNotEqualTo(first);
    }

    @Test
    void theMixHoldsRoundsFullCasesScoredByThreeImportsMonitoredAndExpired() {
        Map<String, Long> types = firstEvents.stream().collect(Collectors.groupingBy(
                e -> e.getPayloadType().getSimpleName(), Collectors.counting()));
        assertThat(types.get("RoundAnnouncedEvent")).isEqualTo(10);
        assertThat(types.get("ApplicationDecidedEvent")).isGreaterThan(0);
        assertThat(types).containsKeys("MonitoringCheckLoggedEvent", "CertificationExpiredEvent",
                "CertificationAwardedEvent", "ScoreSheetSubmittedEvent");
        Map<String, Set<String>> scorers = firstEvents.stream()
                .filter(e -> e.getPayload() instanceof IndicatorScoredEvent)
                .map(e -> (IndicatorScoredEvent) e.getPayload())
                .collect(Collectors.groupingBy(IndicatorScoredEvent::applicationId,
                        Collectors.mapping(IndicatorScoredEvent::evaluator, Collectors.toSet())));
        assertThat(scorers).hasSize(types.get("ApplicationDecidedEvent").intValue());
        assertThat(scorers.values()).allSatisfy(committee -> assertThat(committee).hasSize(3));
        assertThat(firstEvents).filteredOn(e -> e.getPayload() instanceof IndicatorScoredEvent)
                .allSatisfy(e -> assertThat(e.getMetaData().get("actor"))
                        .isEqualTo(((IndicatorScoredEvent) e.getPayload()).evaluator()));
        assertThat(types.values().stream().mapToLong(Long::longValue).sum())
                .as("about 150 events per full case").isGreaterThan(140L * scorers.size());
    }

    private static List<EventMessage<?>> generate(String name, long seed) throws Exception {
        try (RunningRegistry registry = RunningRegistry.start(dataDirs.resolve(name),
                "--registry.generator.certifications=30", "--registry.generator.full-case-percent=15",
                "--registry.generator.threads=1", "--registry.generator.seed=" + seed)) {
            assertThat(registry.bean(HistoryGenerator.class).awaitFinished(Duration.ofMinutes(5))).isTrue();
            return registry.bean(EventStorageEngine.class).readEvents(null, false)
                    .map(Function.<EventMessage<?>>identity()).collect(Collectors.toList());
        }
    }

    /**
     * Each event as type, aggregate and payload without instants, sorted. The past rounds' windows close by their
     * deadlines, fired by the scheduler in its own time: those events are left out.
     */
    private static List<String> normalised(List<EventMessage<?>> events) {
        return events.stream()
                .filter(e -> !(e.getPayload() instanceof SubmissionWindowClosedEvent))
                .map(e -> e.getPayloadType().getSimpleName() + " "
                        + (e instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : "-") + " "
                        + INSTANT.matcher(String.valueOf(e.getPayload())).replaceAll("<instant>"))
                .sorted().toList();
    }
}
