package kr.smartcity.registry.query.rounds;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;
import kr.smartcity.registry.command.api.RoundMessages.RoundScheduleChangedEvent;
import kr.smartcity.registry.command.api.RoundMessages.SubmissionWindowClosedEvent;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundsQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;
import kr.smartcity.registry.query.applications.ApplicationsProjection;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/**
 * The rounds (공모) and their schedules. It runs in the application pipeline's processor: the pipeline is where
 * rounds matter, and a rebuild of the pipeline rebuilds them with it. Each change writes the whole document, so
 * processing an event again changes nothing.
 */
@Component
@ProcessingGroup(ApplicationsProjection.NAME)
public class RoundsProjection {

    private final MongoTemplate mongo;
    private final DocumentBatch<RoundDocument> rounds;

    public RoundsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.rounds = new DocumentBatch<>(mongo, RoundDocument.class, RoundDocument::roundId);
    }

    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, RoundDocument.class);
    }

    @EventHandler
    void on(RoundAnnouncedEvent event) {
        rounds.save(new RoundDocument(event.roundId(), event.criteriaVersion(), Set.copyOf(event.eligibleFields()),
                event.submissionOpensAt(), event.submissionClosesAt(),
                event.milestones() == null ? Map.of() : Map.copyOf(event.milestones()), false));
    }

    @EventHandler
    void on(RoundScheduleChangedEvent event) {
        rounds.change(event.roundId(), round -> round.rescheduled(event.submissionClosesAt(),
                event.milestones() == null ? round.milestones() : event.milestones()));
    }

    @EventHandler
    void on(SubmissionWindowClosedEvent event) {
        rounds.change(event.roundId(), RoundDocument::closed);
    }

    /** The call is public: anyone may see the rounds. */
    @QueryHandler
    List<RoundSummary> handle(FindRoundsQuery query) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "submissionOpensAt")), RoundDocument.class)
                .stream()
                .map(round -> new RoundSummary(round.roundId(), round.criteriaVersion(), round.eligibleFields(),
                        round.submissionOpensAt(), round.submissionClosesAt(), round.milestones(),
                        round.windowClosed()))
                .toList();
    }
}
