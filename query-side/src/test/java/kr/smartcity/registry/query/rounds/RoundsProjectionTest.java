package kr.smartcity.registry.query.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundScheduleChangedEvent;
import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundsQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;

/** The rounds as a plain object over the real MongoDB wire protocol. */
class RoundsProjectionTest {

    private static final Instant OPENS = Instant.parse("2023-10-24T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2023-10-26T09:00:00Z");

    private final InProcessMongo mongo = new InProcessMongo();
    private final RoundsProjection projection = new RoundsProjection(mongo.template());

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void announced(String roundId, Instant opens) {
        projection.on(new RoundAnnouncedEvent(roundId, "2023", Set.of(ServiceField.TRANSPORT), opens, CLOSES,
                Map.of(Milestone.BRIEFING, LocalDate.of(2023, 10, 5))));
    }

    @Test
    void anAnnouncedRoundIsListedWithItsWindowFieldsAndMilestones() {
        announced("2023", OPENS);

        assertThat(projection.handle(new FindRoundsQuery())).containsExactly(new RoundSummary("2023", "2023",
                Set.of(ServiceField.TRANSPORT), OPENS, CLOSES, Map.of(Milestone.BRIEFING, LocalDate.of(2023, 10, 5)),
                false));
    }

    @Test
    void aScheduleChangeAndTheWindowsCloseAreShownAndTheLatestWindowComesFirst() {
        announced("2023", OPENS);
        announced("2025", OPENS.plusSeconds(86_400 * 500L));
        Instant later = CLOSES.plusSeconds(86_400);
        Map<Milestone, LocalDate> milestones = Map.of(Milestone.BRIEFING, LocalDate.of(2023, 10, 5),
                Milestone.AWARD, LocalDate.of(2023, 12, 20));
        projection.on(new RoundScheduleChangedEvent("2023", CLOSES, later, milestones, "연장", later));
        projection.on(new SubmissionWindowClosedEvent("2023", later));
        projection.on(new SubmissionWindowClosedEvent("2023", later));

        assertThat(projection.handle(new FindRoundsQuery())).extracting(RoundSummary::roundId)
                .containsExactly("2025", "2023");
        RoundSummary changed = projection.handle(new FindRoundsQuery()).get(1);
        assertThat(changed.submissionClosesAt()).isEqualTo(later);
        assertThat(changed.milestones()).isEqualTo(milestones);
        assertThat(changed.windowClosed()).isTrue();
    }

    @Test
    void aResetBeforeARebuildEmptiesTheRounds() {
        announced("2023", OPENS);
        projection.reset();
        assertThat(projection.handle(new FindRoundsQuery())).isEmpty();
    }
}
