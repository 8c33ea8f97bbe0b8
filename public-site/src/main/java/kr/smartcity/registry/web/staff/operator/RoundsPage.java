package kr.smartcity.registry.web.staff.operator;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;

/** 운영기관 업무 홈: the rounds (공모) and announcing a new one (공모 공고). */
@Controller
class RoundsPage {

    private final OperatorReads reads;
    private final Outcomes outcomes;

    RoundsPage(OperatorReads reads, Outcomes outcomes) {
        this.reads = reads;
        this.outcomes = outcomes;
    }

    @GetMapping("/staff/operator")
    String rounds(Model model) {
        return show(model, AnnounceRoundForm.empty(), new FormErrors());
    }

    @PostMapping("/staff/operator/rounds")
    String announce(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes next,
                    HttpServletResponse response) {
        AnnounceRoundForm form = AnnounceRoundForm.from(params);
        FormErrors errors = new FormErrors();
        Optional<AnnounceRoundCommand> command = form.command(errors);
        if (outcomes.taken(command, errors, model, response)) {
            reads.awaitRound(command.get().roundId());
            return outcomes.saved(next, "/staff/operator/rounds/" + command.get().roundId(),
                    "operator.done.announced", command.get().roundId());
        }
        return show(model, form, errors);
    }

    private String show(Model model, AnnounceRoundForm form, FormErrors errors) {
        model.addAttribute("rounds", reads.rounds());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "staff/operator/rounds";
    }
}
