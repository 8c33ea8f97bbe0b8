package kr.smartcity.registry.web.staff.ministry;

import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindProposedActionsQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.ProposedActionItem;

/**
 * 국토교통부 업무: the cases awaiting the ministry's decision (evaluation concluded, at site inspection), monitoring
 * staff's proposals awaiting it (제안된 조치), and the way to the audit views.
 */
@Controller
class MinistryWorkspace {

    private final QueryGateway queries;

    MinistryWorkspace(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/staff/ministry")
    String workspace(Model model) {
        model.addAttribute("awaitingDecision", queries.query(new FindApplicationsQuery(null),
                        ResponseTypes.multipleInstancesOf(ApplicationSummary.class)).join().stream()
                .filter(application -> application.state() == ApplicationStatus.SITE_INSPECTION)
                .toList());
        model.addAttribute("proposals", proposals(null));
        return "staff/ministry/workspace";
    }

    private List<ProposalView> proposals(String number) {
        return queries.query(new FindProposedActionsQuery(number),
                        ResponseTypes.multipleInstancesOf(ProposedActionItem.class)).join().stream()
                .map(ProposalView::of)
                .toList();
    }
}
