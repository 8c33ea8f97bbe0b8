package kr.smartcity.registry.web.staff.applicant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.RoundQueries.FindRoundQuery;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundsQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;

/** The rounds (공모) as the applicant's pages need them: all of them, one, and whether one is open now. */
@Component
class Rounds {

    private final QueryGateway queries;
    private final Clock clock;

    Rounds(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    List<RoundSummary> all() {
        return queries.query(new FindRoundsQuery(), ResponseTypes.multipleInstancesOf(RoundSummary.class)).join();
    }

    Optional<RoundSummary> find(String roundId) {
        return queries.query(new FindRoundQuery(roundId), ResponseTypes.optionalInstanceOf(RoundSummary.class)).join();
    }

    /** Whether the round takes submissions now (the command side decides a submission by the same window). */
    boolean isOpen(RoundSummary round) {
        Instant now = clock.instant();
        return !round.windowClosed() && !now.isBefore(round.submissionOpensAt())
                && now.isBefore(round.submissionClosesAt());
    }

    Clock clock() {
        return clock;
    }
}
