package kr.smartcity.registry.web.staff.applicant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;

/**
 * 신청인 업무: the cases this applicant account submitted (the query answers an applicant only its own), each with
 * its next deadline, and the rounds open for a new application.
 */
@Controller
class ApplicantWorkspace {

    private final QueryGateway queries;
    private final Rounds rounds;

    ApplicantWorkspace(QueryGateway queries, Rounds rounds) {
        this.queries = queries;
        this.rounds = rounds;
    }

    /** One line of the case list. Public because the template reads it. */
    public record CaseLine(ApplicationSummary application, NextDeadline next) {
    }

    @GetMapping("/staff/applicant")
    String workspace(Model model) {
        List<RoundSummary> all = rounds.all();
        Map<String, RoundSummary> byId = all.stream()
                .collect(Collectors.toMap(RoundSummary::roundId, Function.identity()));
        LocalDate today = LocalDate.now(rounds.clock().withZone(Seoul.ZONE));
        List<CaseLine> cases = queries.query(new FindApplicationsQuery(null),
                        ResponseTypes.multipleInstancesOf(ApplicationSummary.class)).join().stream()
                .map(application -> new CaseLine(application, NextDeadline.of(application,
                        Optional.ofNullable(byId.get(application.roundId())), today).orElse(null)))
                .toList();
        model.addAttribute("cases", cases);
        model.addAttribute("openRounds", all.stream().filter(rounds::isOpen).toList());
        return "staff/applicant/workspace";
    }
}
