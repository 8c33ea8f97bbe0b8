package kr.smartcity.registry.web.staff.operator;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.FindCriteriaQuery;
import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundQuery;
import kr.smartcity.registry.query.api.RoundQueries.FindRoundsQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;
import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;
import kr.smartcity.registry.web.staff.ScoredIndicators;
import kr.smartcity.registry.web.staff.StaffQueries;

/** What the operator's pages read: rounds, the pipeline, a case's scorecard and its criteria. Unknown ids are 404. */
@Component
class OperatorReads {

    private static final Duration ROUND_WAIT = Duration.ofSeconds(5);

    private final QueryGateway queries;
    private final StaffQueries staffQueries;

    OperatorReads(QueryGateway queries, StaffQueries staffQueries) {
        this.queries = queries;
        this.staffQueries = staffQueries;
    }

    List<RoundSummary> rounds() {
        return queries.query(new FindRoundsQuery(), ResponseTypes.multipleInstancesOf(RoundSummary.class)).join();
    }

    RoundSummary round(String roundId) {
        return found(queries.query(new FindRoundQuery(roundId), ResponseTypes.optionalInstanceOf(RoundSummary.class))
                .join());
    }

    /** The round's page reads the rounds read model, which takes a round just announced a moment after the command. */
    void awaitRound(String roundId) {
        staffQueries.awaitArrival(new FindRoundQuery(roundId), RoundSummary.class, ROUND_WAIT);
    }

    /** Every case of a round, or of every round when {@code roundId} is null; newest first. */
    List<ApplicationSummary> applications(String roundId) {
        return queries.query(new FindApplicationsQuery(roundId),
                ResponseTypes.multipleInstancesOf(ApplicationSummary.class)).join();
    }

    ApplicationSummary application(String applicationId) {
        return found(queries.query(new FindApplicationQuery(applicationId),
                ResponseTypes.optionalInstanceOf(ApplicationSummary.class)).join());
    }

    Scorecard scorecard(String applicationId) {
        return found(queries.query(new FindScorecardQuery(applicationId),
                ResponseTypes.optionalInstanceOf(Scorecard.class)).join());
    }

    /** The indicators a case of this level and field is scored on, in the criteria's order ({@link ScoredIndicators}). */
    List<IndicatorView> scoredIndicators(String criteriaVersion, ServiceLevel level, ServiceField field) {
        CriteriaView criteria = found(queries.query(new FindCriteriaQuery(criteriaVersion),
                ResponseTypes.optionalInstanceOf(CriteriaView.class)).join());
        return ScoredIndicators.of(criteria, level, field).stream()
                .flatMap(area -> area.indicators().stream())
                .toList();
    }

    private static <T> T found(Optional<T> answer) {
        return answer.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
