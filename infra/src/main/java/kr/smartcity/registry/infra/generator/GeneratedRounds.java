package kr.smartcity.registry.infra.generator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.infra.demo.DemoCommands;

/**
 * 공모 공고: one round a year over the ten years up to {@code until}, announced by the operator, every field
 * eligible. The earlier nine ran in April of their year and are closed (their window-closing deadline fires at
 * once); the current one is open now, since an application is admitted only inside its round's window by the
 * registry's own clock. The imported certifications of a year name that year's round.
 */
final class GeneratedRounds {

    static final String CRITERIA_VERSION = "2023";

    private GeneratedRounds() {
    }

    /**
     * Announces the current round, and the nine earlier ones when {@code earlierRounds}; returns the current one's id.
     * An imports-only history leaves the earlier ones out: their window-closing deadlines, long past, fire whenever
     * the scheduler next looks (up to half a minute later), after the history is otherwise complete, which the drills'
     * before/after comparisons must not see.
     */
    static String announce(DemoCommands commands, LocalDate until, Clock clock, boolean earlierRounds) {
        int current = until.getYear();
        for (int year = current - HistoryGenerator.YEARS + 1; earlierRounds && year < current; year++) {
            announce(commands, String.valueOf(year), seoul(LocalDateTime.of(year, 4, 21, 9, 0)),
                    seoul(LocalDateTime.of(year, 4, 25, 18, 0)));
        }
        Instant now = clock.instant();
        announce(commands, String.valueOf(current), now.minus(7, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS));
        return String.valueOf(current);
    }

    private static void announce(DemoCommands commands, String roundId, Instant opens, Instant closes) {
        LocalDate closed = LocalDate.ofInstant(closes, Seoul.ZONE);
        commands.as("operator", "OPERATOR", new AnnounceRoundCommand(roundId, CRITERIA_VERSION,
                EnumSet.allOf(ServiceField.class), opens, closes,
                Map.of(Milestone.BRIEFING, closed.minusWeeks(3), Milestone.DOCUMENT_EVALUATION, closed.plusWeeks(2),
                        Milestone.SITE_INSPECTION, closed.plusWeeks(4), Milestone.AWARD, closed.plusWeeks(7))));
    }

    private static Instant seoul(LocalDateTime time) {
        return time.atZone(Seoul.ZONE).toInstant();
    }
}
