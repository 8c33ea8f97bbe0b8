package kr.smartcity.registry.infra.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;

/**
 * The fictional demo data set (DESIGN.md "Demo mode"), loaded once per data directory through
 * the same commands staff send: the real 2023 round, a closed fictional 2025 round and an open
 * round of the current year; certifications in every field, level and status; applications in
 * every state. It loads in the background once the registry is ready, so start-up is not held up.
 */
@Component
@ConditionalOnExpression("${registry.demo.enabled} and ${registry.demo.load-data} "
        + "and '${registry.roles}'.contains('command')")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ROUND_2023 = "2023";
    private static final Set<ServiceField> CALL_FIELDS = Set.of(ServiceField.TRANSPORT, ServiceField.ENVIRONMENT_ENERGY);

    private final DemoCommands commands;
    private final EventStore events;
    private final Clock clock;

    DemoData(CommandGateway gateway, EventStore events, Clock clock) {
        this.commands = new DemoCommands(gateway);
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInTheBackground() {
        if (events.lastSequenceNumberFor(ROUND_2023).isPresent()) {
            return;
        }
        Thread loader = new Thread(this::load, "demo-data");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long started = System.nanoTime();
        try {
            Instant now = clock.instant();
            announce(ROUND_2023, seoul(2023, 10, 24, 9), seoul(2023, 10, 26, 18));
            announce("2025", seoul(2025, 4, 21, 9), seoul(2025, 4, 25, 18));
            String current = String.valueOf(Year.now(clock).getValue());
            announce(current, now.minus(7, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS));
            new DemoCertifications(commands).load();
            new DemoApplications(commands, CriteriaCatalog.onClasspath().version("2023"), clock).load(current, now);
            log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Demo data could not be loaded", e);
        }
    }

    private void announce(String roundId, Instant opens, Instant closes) {
        LocalDate closed = LocalDate.ofInstant(closes, Seoul.ZONE);
        commands.as("operator", "OPERATOR", new AnnounceRoundCommand(roundId, "2023", CALL_FIELDS, opens, closes,
                Map.of(Milestone.BRIEFING, closed.minusWeeks(3), Milestone.DOCUMENT_EVALUATION, closed.plusWeeks(2),
                        Milestone.SITE_INSPECTION, closed.plusWeeks(4), Milestone.AWARD, closed.plusWeeks(7))));
    }

    private static Instant seoul(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Seoul.ZONE).toInstant();
    }
}
