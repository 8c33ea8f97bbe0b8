package kr.smartcity.registry.web.staff.monitor;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringScheduleQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindProposedActionsQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.MonitoringSchedule;
import kr.smartcity.registry.query.api.MonitoringQueries.ProposedActionItem;
import kr.smartcity.registry.web.staff.ministry.ProposalView;

/**
 * 모니터링 업무: today's schedule (re-reviews due and overdue, expiries within 30 and 90 days, every certification in
 * force by its last check) and the proposals still awaiting the ministry.
 */
@Controller
class MonitorWorkspace {

    private final QueryGateway queries;
    private final Clock clock;

    MonitorWorkspace(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/staff/monitor")
    String workspace(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Seoul.ZONE));
        model.addAttribute("schedule", queries.query(new FindMonitoringScheduleQuery(today),
                MonitoringSchedule.class).join());
        model.addAttribute("proposals", queries.query(new FindProposedActionsQuery(null),
                        ResponseTypes.multipleInstancesOf(ProposedActionItem.class)).join().stream()
                .map(ProposalView::of)
                .toList());
        return "staff/monitor/workspace";
    }
}
