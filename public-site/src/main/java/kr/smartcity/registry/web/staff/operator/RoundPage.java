package kr.smartcity.registry.web.staff.operator;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.RoundMessages.ChangeRoundScheduleCommand;

/** One round (공모): its window, fields and milestones, and changing its schedule (일정 변경). */
@Controller
class RoundPage {

    private final OperatorReads reads;
    private final Outcomes outcomes;

    RoundPage(OperatorReads reads, Outcomes outcomes) {
        this.reads = reads;
        this.outcomes = outcomes;
    }

    @GetMapping("/staff/operator/rounds/{roundId}")
    String round(@PathVariable String roundId, Model model) {
        return show(roundId, model, null, new FormErrors());
    }

    @PostMapping("/staff/operator/rounds/{roundId}/schedule")
    String changeSchedule(@PathVariable String roundId, @RequestParam MultiValueMap<String, String> params,
                          Model model, RedirectAttributes next, HttpServletResponse response) {
        ScheduleChangeForm form = ScheduleChangeForm.from(params);
        FormErrors errors = new FormErrors();
        Optional<ChangeRoundScheduleCommand> command = form.command(roundId, errors);
        if (outcomes.taken(command, errors, model, response)) {
            return outcomes.saved(next, "/staff/operator/rounds/" + roundId, "operator.done.rescheduled");
        }
        return show(roundId, model, form, errors);
    }

    private String show(String roundId, Model model, ScheduleChangeForm typed, FormErrors errors) {
        var round = reads.round(roundId);
        model.addAttribute("round", round);
        model.addAttribute("form", typed != null ? typed : ScheduleChangeForm.of(round));
        model.addAttribute("errors", errors);
        model.addAttribute("applications", reads.applications(roundId));
        return "staff/operator/round";
    }
}
