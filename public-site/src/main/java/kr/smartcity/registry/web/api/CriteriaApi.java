package kr.smartcity.registry.web.api;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.FindCriteriaQuery;

/** Public REST API v1: the criteria of a version (DESIGN.md §6). */
@RestController
class CriteriaApi {

    private final QueryGateway queries;

    CriteriaApi(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/criteria/{version}")
    CriteriaView criteria(@PathVariable String version) {
        return queries.query(new FindCriteriaQuery(version), ResponseTypes.optionalInstanceOf(CriteriaView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("평가 기준 버전을 찾을 수 없습니다: " + version
                        + " / No criteria version " + version + "."));
    }
}
