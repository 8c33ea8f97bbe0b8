package kr.smartcity.registry.web.staff.ministry;

import java.util.List;

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
import kr.smartcity.registry.command.api.DecisionMessages.DecideCertificationCommand;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;
import kr.smartcity.registry.query.api.AuditQueries.AuditFilter;
import kr.smartcity.registry.query.api.AuditQueries.ExportAuditTrailQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;

/**
 * 인증여부 결정 of one case: the concluded scorecard (area points against their 과락 minimums, total against the pass
 * mark), the site inspection's result, and the decision form. Certifying shows the new certificate number.
 */
@Controller
class DecisionPage {

    private static final String VIEW = "staff/ministry/decision";

    private final QueryGateway queries;
    private final FormSubmission forms;

    DecisionPage(QueryGateway queries, FormSubmission forms) {
        this.queries = queries;
        this.forms = forms;
    }

    /** The latest site inspection of a case, as the audit trail recorded it. */
    record Inspection(String outcome, String at) {
    }

    @GetMapping("/staff/ministry/applications/{id}")
    String show(@PathVariable String id, Model model) {
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm());
        }
        return prepared(id, model);
    }

    @PostMapping("/staff/ministry/applications/{id}/decision")
    String decide(@PathVariable String id, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.<String>submit(new DecideCertificationCommand(id, form.getOutcome(), form.reasonLines()), errors,
                model, response, redirect, () -> prepared(id, model),
                number -> form.getOutcome() == DecisionOutcome.CERTIFIED
                        ? forms.message("ministry.decision.certified", number)
                        : forms.message("ministry.decision.notCertified"),
                "/staff/ministry/applications/" + id);
    }

    private String prepared(String id, Model model) {
        ApplicationSummary summary = queries.query(new FindApplicationQuery(id),
                        ResponseTypes.optionalInstanceOf(ApplicationSummary.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("summary", summary);
        model.addAttribute("scorecard", queries.query(new FindScorecardQuery(id),
                ResponseTypes.optionalInstanceOf(Scorecard.class)).join().orElse(null));
        model.addAttribute("inspection", inspection(id));
        return VIEW;
    }

    private Inspection inspection(String id) {
        List<AuditEntry> trail = queries.query(new ExportAuditTrailQuery(new AuditFilter(id, null, null, null, null,
                null, null)), ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
        return trail.stream()
                .filter(entry -> "SiteInspectionRecordedEvent".equals(entry.event()))
                .findFirst()
                .map(entry -> new Inspection(entry.after(), AuditTable.time(entry.at())))
                .orElse(null);
    }
}
