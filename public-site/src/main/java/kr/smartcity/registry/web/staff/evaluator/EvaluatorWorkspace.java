package kr.smartcity.registry.web.staff.evaluator;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;

/**
 * 평가위원 업무: the applications assigned to the signed-in evaluator. The query answers an evaluator only their own
 * assignments (query-side {@code Viewer}), so the page lists what it is given.
 */
@Controller
class EvaluatorWorkspace {

    private final QueryGateway queries;

    EvaluatorWorkspace(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/staff/evaluator")
    String assignments(Model model) {
        List<ApplicationSummary> assigned = queries.query(new FindApplicationsQuery(null),
                ResponseTypes.multipleInstancesOf(ApplicationSummary.class)).join();
        model.addAttribute("assignments", assigned);
        return "staff/evaluator/assignments";
    }
}
