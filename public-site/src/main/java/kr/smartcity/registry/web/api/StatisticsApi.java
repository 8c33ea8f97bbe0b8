package kr.smartcity.registry.web.api;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.query.api.StatisticsQueries.Statistics;
import kr.smartcity.registry.query.api.StatisticsQueries.StatisticsQuery;

/** Public REST API v1: statistics (통계) of certifications, pass rates and area scores. */
@RestController
class StatisticsApi {

    private final QueryGateway queries;

    StatisticsApi(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/statistics")
    Statistics statistics() {
        return queries.query(new StatisticsQuery(), Statistics.class).join();
    }
}
