package kr.smartcity.registry.query.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundScheduleChangedEvent;
import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.OneBatch;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundQuery;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundsQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;

/** The rounds as a plain object over the real MongoDB wire protocol. */
class RoundsProjectionTest {

    private static final Viewer OPERATOR = Viewer.of("operator", Role.OPERATOR);
    private static final Instant OPENS = Instant.parse("2023-10-24T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2023-10-26T09:00:00Z");

    private final InProcessMongo mongo = new InProcessMongo();
    private final SimpleQueryUpdateEmitter updates = SimpleQueryUpdateEmitter.builder().build();
    private final RoundsProjection projection = new RoundsProjection(mongo.template(), updates);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void announced(String roundId, Instant opens) {
        projection.on(new RoundAnnouncedEvent(roundId, "2023", Set.of(ServiceField.TRANSPORT), opens,
                opens.plusSeconds(86_400), Map.of(Milestone.BRIEFING, LocalDate.of(2023, 10, 5))));
    }

    private RoundSummary round(String roundId) {
        return projection.handle(new FindRoundQuery(roundId), OPERATOR).orElseThrow();
    }

    @Test
    void roundsAreListedNewestWindowFirst() {
        announced("2023", OPENS);
        announced("2025", Instant.parse("2025-04-21T00:00:00Z"));
        assertThat(projection.handle(new FindRoundsQuery(), OPERATOR)).extracting(RoundSummary::roundId)
                .containsExactly("2025", "2023");
        assertThat(round("2023").eligibleFields()).containsExactly(ServiceField.TRANSPORT);
        assertThat(round("2023").windowClosed()).isFalse();
        assertThat(projection.handle(new FindRoundQuery("1999"), OPERATOR)).isEmpty();
    }

    @Test
    void aScheduleChangeReplacesWindowCloseAndMilestonesWithItsReason() {
        announced("2023", OPENS);
        Map<Milestone, LocalDate> moved = Map.of(Milestone.BRIEFING, LocalDate.of(2023, 10, 5),
                Milestone.AWARD, LocalDate.of(2023, 12, 20));
        projection.on(new RoundScheduleChangedEvent("2023", OPENS.plusSeconds(86_400), CLOSES, moved, "태풍", CLOSES));
        assertThat(round("2023").submissionClosesAt()).isEqualTo(CLOSES);
        assertThat(round("2023").milestones()).isEqualTo(moved);
        assertThat(round("2023").lastChangeReason()).isEqualTo("태풍");
    }

    @Test
    void theWindowClosesAndARedeliveryInOneBatchChangesNothing() {
        OneBatch.run(() -> {
            announced("2023", OPENS);
            projection.on(new SubmissionWindowClosedEvent("2023", CLOSES));
            projection.on(new SubmissionWindowClosedEvent("2023", CLOSES));
        });
        assertThat(round("2023").windowClosed()).isTrue();
    }

    @Test
    void theRoundsSubscribersHearItsAnnouncementAndEachChangeButNotOtherRounds() {
        var subscription = updates.registerUpdateHandler(new GenericSubscriptionQueryMessage<>(
                new FindRoundQuery("2023"), ResponseTypes.optionalInstanceOf(RoundSummary.class),
                ResponseTypes.instanceOf(RoundSummary.class)), 16);
        List<Boolean> heard = new ArrayList<>();
        subscription.getUpdates().subscribe(update -> heard.add(((RoundSummary) update.getPayload()).windowClosed()));

        announced("2023", OPENS);
        announced("2025", Instant.parse("2025-04-21T00:00:00Z"));
        projection.on(new SubmissionWindowClosedEvent("2023", CLOSES));

        assertThat(heard).containsExactly(false, true);
    }

    @Test
    void aResetEmptiesTheRounds() {
        announced("2023", OPENS);
        projection.reset();
        assertThat(projection.handle(new FindRoundsQuery(), OPERATOR)).isEmpty();
    }

    @Test
    void thePublicIsRefused() {
        announced("2023", OPENS);
        assertThatThrownBy(() -> projection.handle(new FindRoundsQuery(), Viewer.PUBLIC))
                .isInstanceOf(QueryExecutionException.class);
    }
}
