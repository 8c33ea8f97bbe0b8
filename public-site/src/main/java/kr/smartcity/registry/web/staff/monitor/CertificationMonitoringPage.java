package kr.smartcity.registry.web.staff.monitor;

import java.time.Clock;
import java.time.LocalDate;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.smartcity.registry.command.api.CertificationMessages.LogMonitoringCheckCommand;
import kr.smartcity.registry.command.api.CertificationMessages.OpenReReviewCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ProposeCertificationActionCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.MonitoringQueries.CertificationChecks;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringChecksQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindProposedActionsQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.ProposedActionItem;
import kr.smartcity.registry.web.staff.ministry.FormSubmission;
import kr.smartcity.registry.web.staff.ministry.ProposalView;

/**
 * One certification's monitoring (사후관리): its checks, newest first, its open proposal, and three forms: log a
 * check, open a re-review (재심사 착수), propose suspension, reinstatement or revocation to the ministry.
 */
@Controller
class CertificationMonitoringPage {

    private static final String VIEW = "staff/monitor/certification";

    private final QueryGateway queries;
    private final FormSubmission forms;
    private final Clock clock;

    CertificationMonitoringPage(QueryGateway queries, FormSubmission forms, Clock clock) {
        this.queries = queries;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/staff/monitor/certifications/{number}")
    String show(@PathVariable String number, Model model) {
        return prepared(number, model);
    }

    @PostMapping("/staff/monitor/certifications/{number}/checks")
    String logCheck(@PathVariable String number, @Valid @ModelAttribute("check") CheckForm form, BindingResult errors,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        LocalDate day = form.day(LocalDate.now(clock.withZone(Seoul.ZONE)), errors);
        return sent(number, new LogMonitoringCheckCommand(number, day, form.getScope(),
                        Boolean.TRUE.equals(form.getRequirementsMet()), form.getFindings(), form.attachmentNames()),
                errors, model, response, redirect, "monitor.check.done");
    }

    @PostMapping("/staff/monitor/certifications/{number}/re-review")
    String openReReview(@PathVariable String number, @Valid @ModelAttribute("reReview") ProposalForm form,
                        BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return sent(number, new OpenReReviewCommand(number, form.getReason()), errors, model, response, redirect,
                "monitor.reReview.done");
    }

    @PostMapping("/staff/monitor/certifications/{number}/proposals")
    String propose(@PathVariable String number, @Valid @ModelAttribute("proposal") ProposalForm form,
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.getAction() == null) {
            errors.rejectValue("action", "monitor.proposal.action.required");
        }
        return sent(number, new ProposeCertificationActionCommand(number, form.getAction(), form.getReason()), errors,
                model, response, redirect, "monitor.proposal.done");
    }

    private String sent(String number, Object command, BindingResult errors, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, String doneKey) {
        return forms.submit(command, errors, model, response, redirect, () -> prepared(number, model),
                result -> forms.message(doneKey), "/staff/monitor/certifications/" + number);
    }

    private String prepared(String number, Model model) {
        CertificationChecks checks = queries.query(new FindMonitoringChecksQuery(number),
                        ResponseTypes.optionalInstanceOf(CertificationChecks.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("certification", checks);
        model.addAttribute("openProposal", queries.query(new FindProposedActionsQuery(number),
                        ResponseTypes.multipleInstancesOf(ProposedActionItem.class)).join().stream()
                .findFirst().map(ProposalView::of).orElse(null));
        if (!model.containsAttribute("check")) {
            model.addAttribute("check", new CheckForm());
        }
        if (!model.containsAttribute("reReview")) {
            model.addAttribute("reReview", new ProposalForm());
        }
        if (!model.containsAttribute("proposal")) {
            model.addAttribute("proposal", new ProposalForm());
        }
        return VIEW;
    }
}
