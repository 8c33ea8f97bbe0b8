package kr.smartcity.registry.web.staff.ministry;

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
import kr.smartcity.registry.command.api.CertificationMessages.DeclineProposedActionCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReinstateCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RevokeCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.SuspendCertificationCommand;
import kr.smartcity.registry.command.api.ProposedAction;
import kr.smartcity.registry.query.api.MonitoringQueries.FindProposedActionsQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.ProposedActionItem;

/**
 * 제안된 조치 of one certification: the ministry carries it out with its own command (효력정지, 효력정지 해제,
 * 인증취소 with its legal basis) or declines it with a reason. Either closes the proposal.
 */
@Controller
class ProposalPage {

    private static final String VIEW = "staff/ministry/proposal";

    private final QueryGateway queries;
    private final FormSubmission forms;

    ProposalPage(QueryGateway queries, FormSubmission forms) {
        this.queries = queries;
        this.forms = forms;
    }

    @GetMapping("/staff/ministry/proposals/{number}")
    String show(@PathVariable String number, Model model) {
        model.addAttribute("carryOut", new ReasonForm());
        model.addAttribute("decline", new ReasonForm());
        return prepared(number, model);
    }

    @PostMapping("/staff/ministry/proposals/{number}/carry-out")
    String carryOut(@PathVariable String number, @Valid @ModelAttribute("carryOut") ReasonForm form,
                    BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ProposedAction action = proposal(number).action();
        if (action == ProposedAction.REVOCATION && (form.getLegalBasis() == null || form.getLegalBasis().isBlank())) {
            errors.rejectValue("legalBasis", "ministry.legalBasis.required");
        }
        Object command = switch (action) {
            case SUSPENSION -> new SuspendCertificationCommand(number, form.getReason());
            case REINSTATEMENT -> new ReinstateCertificationCommand(number, form.getReason());
            case REVOCATION -> new RevokeCertificationCommand(number, form.getReason(), form.getLegalBasis());
        };
        model.addAttribute("decline", new ReasonForm());
        return sent(number, command, errors, model, response, redirect, "ministry.proposal.carriedOut");
    }

    @PostMapping("/staff/ministry/proposals/{number}/decline")
    String decline(@PathVariable String number, @Valid @ModelAttribute("decline") ReasonForm form,
                   BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("carryOut", new ReasonForm());
        return sent(number, new DeclineProposedActionCommand(number, form.getReason()), errors, model, response,
                redirect, "ministry.proposal.declined");
    }

    private String sent(String number, Object command, BindingResult errors, Model model,
                        HttpServletResponse response, RedirectAttributes redirect, String doneKey) {
        return forms.submit(command, errors, model, response, redirect, () -> prepared(number, model),
                result -> forms.message(doneKey, number), "/staff/ministry");
    }

    private String prepared(String number, Model model) {
        model.addAttribute("proposal", ProposalView.of(proposal(number)));
        return VIEW;
    }

    /** The open proposal; none (never proposed, or already decided) is a page not found. */
    private ProposedActionItem proposal(String number) {
        return queries.query(new FindProposedActionsQuery(number),
                        ResponseTypes.multipleInstancesOf(ProposedActionItem.class)).join().stream()
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
