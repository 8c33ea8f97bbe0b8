package kr.smartcity.registry.web.staff.operator;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;

/**
 * 접수 현황 (intake queue): the applications of every round or one, by status, each opening its case. An unknown
 * status in the address is answered 400 with the choice shown again, not ignored.
 */
@Controller
class IntakeQueuePage {

    private final OperatorReads reads;

    IntakeQueuePage(OperatorReads reads) {
        this.reads = reads;
    }

    @GetMapping("/staff/operator/applications")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String round,
                 Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        Optional<ApplicationStatus> wanted = status(status, errors);
        if (errors.any()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        String roundId = FormInput.blank(round) ? null : round.strip();
        List<ApplicationSummary> all = reads.applications(roundId);
        Map<ApplicationStatus, Long> counts = all.stream()
                .collect(Collectors.groupingBy(ApplicationSummary::state, Collectors.counting()));
        model.addAttribute("statuses", Arrays.stream(ApplicationStatus.values())
                .collect(Collectors.toMap(Function.identity(), s -> counts.getOrDefault(s, 0L), (a, b) -> a,
                        () -> new EnumMap<>(ApplicationStatus.class))));
        model.addAttribute("applications", all.stream()
                .filter(application -> wanted.map(s -> s == application.state()).orElse(true)).toList());
        model.addAttribute("status", status);
        model.addAttribute("round", roundId);
        model.addAttribute("rounds", reads.rounds());
        model.addAttribute("errors", errors);
        return "staff/operator/queue";
    }

    private static Optional<ApplicationStatus> status(String status, FormErrors errors) {
        if (FormInput.blank(status)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ApplicationStatus.valueOf(status.strip()));
        } catch (IllegalArgumentException e) {
            errors.reject("status", "operator.error.status");
            return Optional.empty();
        }
    }
}
