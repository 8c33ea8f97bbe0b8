package kr.smartcity.registry.web.staff.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.EvaluationMessages.InspectionFinding;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.web.security.EvaluatorRoster;

/**
 * The forms of the case page, each sending the command the staff API sends for it: 예비검토, 사전평가, 평가위원 배정,
 * 의결, 평가 종료, 현장실사. Bad input or a refusal of the rules shows the case page again with 400, the form as typed
 * and the problem beside its field or above the form; nothing is sent or changed then.
 */
@Controller
@RequestMapping("/staff/operator/applications/{id}")
class CaseForms {

    private final CaseView view;
    private final Outcomes outcomes;
    private final EvaluatorRoster evaluators;
    private final Clock clock;

    CaseForms(CaseView view, Outcomes outcomes, EvaluatorRoster evaluators, Clock clock) {
        this.view = view;
        this.outcomes = outcomes;
        this.evaluators = evaluators;
        this.clock = clock;
    }

    @PostMapping("/preliminary-review")
    String review(@PathVariable String id, @ModelAttribute("review") PreliminaryReviewForm form, Model model,
                  RedirectAttributes next, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        return send(id, form.command(id, errors), errors, "operator.done.reviewed", model, next, response);
    }

    @PostMapping("/pre-evaluation")
    String preEvaluate(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
                       RedirectAttributes next, HttpServletResponse response) {
        CaseView.Case theCase = view.load(id);
        Map<String, String> facts = PreEvaluationForm.typed(params, theCase.rows());
        model.addAttribute("facts", facts);
        FormErrors errors = new FormErrors();
        return send(id, PreEvaluationForm.command(id, facts, errors), errors, "operator.done.preEvaluated", model,
                next, response);
    }

    @PostMapping("/committee")
    String assign(@PathVariable String id, @RequestParam(name = CommitteeForm.FIELD, required = false) String typed,
                  Model model, RedirectAttributes next, HttpServletResponse response) {
        model.addAttribute("committeeForm", typed == null ? "" : typed);
        FormErrors errors = new FormErrors();
        String roundId = view.load(id).application().roundId();
        return send(id, CommitteeForm.command(id, roundId, typed, evaluators, errors), errors, "operator.done.assigned",
                model, next, response);
    }

    @PostMapping("/resolutions")
    String resolve(@PathVariable String id, @ModelAttribute("resolution") ResolutionForm form, Model model,
                   RedirectAttributes next, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        return send(id, form.command(view.load(id), errors), errors, "operator.done.resolved", model, next, response);
    }

    @PostMapping("/conclusion")
    String conclude(@PathVariable String id, @ModelAttribute("conclusion") ConclusionForm form, Model model,
                    RedirectAttributes next, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        return send(id, form.command(id, errors), errors, "operator.done.concluded", model, next, response);
    }

    @PostMapping("/site-inspection")
    String inspect(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
                   RedirectAttributes next, HttpServletResponse response) {
        SiteInspectionForm form = SiteInspectionForm.from(params);
        model.addAttribute("inspection", form);
        FormErrors errors = new FormErrors();
        var command = form.command(view.load(id), LocalDate.now(clock.withZone(Seoul.ZONE)), errors);
        String doneKey = command.map(c -> c.findings().stream().allMatch(InspectionFinding::confirmed)
                ? "operator.done.inspectedConfirmed" : "operator.done.inspectedDiscrepancies").orElse(null);
        return send(id, command, errors, doneKey, model, next, response);
    }

    private String send(String id, Optional<?> command, FormErrors errors, String doneKey, Model model,
                        RedirectAttributes next, HttpServletResponse response) {
        if (outcomes.taken(command, errors, model, response)) {
            return outcomes.saved(next, "/staff/operator/applications/" + id, doneKey);
        }
        return view.show(id, model);
    }
}
