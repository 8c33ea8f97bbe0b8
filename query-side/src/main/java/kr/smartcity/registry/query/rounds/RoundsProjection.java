package kr.smartcity.registry.query.rounds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundScheduleChangedEvent;
import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.query.access.Viewer;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundQuery;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundsQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/** The rounds (공모) as the operator runs them: announcement, schedule changes, the window's close. */
@Component
@ProcessingGroup(RoundsProjection.NAME)
public class RoundsProjection {

    public static final String NAME = "rounds";

    private final MongoTemplate mongo;
    private final DocumentBatch<RoundDocument> rounds;
    private final QueryUpdateEmitter updates;

    public RoundsProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.rounds = new DocumentBatch<>(mongo, RoundDocument.class, RoundDocument::roundId);
        this.updates = updates;
    }

    /** A rebuild replays every event into no rounds. */
    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, RoundDocument.class);
    }

    @EventHandler
    void on(RoundAnnouncedEvent event) {
        rounds.save(new RoundDocument(event.roundId(), event.criteriaVersion(), event.eligibleFields(),
                event.submissionOpensAt(), event.submissionClosesAt(),
                event.milestones() == null ? Map.of() : Map.copyOf(event.milestones()), false, null));
        announce(event.roundId());
    }

    @EventHandler
    void on(RoundScheduleChangedEvent event) {
        rounds.change(event.roundId(), doc -> doc.rescheduled(event.submissionClosesAt(), event.milestones(),
                event.reason()));
        announce(event.roundId());
    }

    @EventHandler
    void on(SubmissionWindowClosedEvent event) {
        rounds.change(event.roundId(), RoundDocument::closed);
        announce(event.roundId());
    }

    /** Tells the round's subscribers (the operator's page, just after announcing it) where it stands now. */
    private void announce(String roundId) {
        rounds.find(roundId).ifPresent(doc -> updates.emit(FindRoundQuery.class,
                query -> query.roundId().equals(roundId), doc.summary()));
    }

    /** Any signed-in staff role sees the rounds (applicants choose one to apply to); the public is refused. */
    @QueryHandler
    List<RoundSummary> handle(FindRoundsQuery query, Viewer viewer) {
        requireStaff(viewer);
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "submissionOpensAt")), RoundDocument.class)
                .stream().map(RoundDocument::summary).toList();
    }

    @QueryHandler
    Optional<RoundSummary> handle(FindRoundQuery query, Viewer viewer) {
        requireStaff(viewer);
        return Optional.ofNullable(mongo.findById(query.roundId(), RoundDocument.class)).map(RoundDocument::summary);
    }

    private static void requireStaff(Viewer viewer) {
        viewer.requireAny(Role.values());
    }
}
