package kr.smartcity.registry.web.api;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;

/**
 * Staff API: an application's scorecard (평가표) and score history. Any signed-in account may ask; the query handler
 * decides what it sees (an evaluator their own points, the applicant the outcome) or refuses it (403).
 */
@RestController
class ScorecardApi {

    private final QueryGateway queries;

    ScorecardApi(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/applications/{id}/scorecard")
    Scorecard scorecard(@PathVariable String id) {
        return queries.query(new FindScorecardQuery(id), ResponseTypes.optionalInstanceOf(Scorecard.class)).join()
                .orElseThrow(() -> new NotFoundException("신청을 찾을 수 없습니다: " + id + " / No application " + id + "."));
    }
}
