package kr.smartcity.registry.web.staff.evaluator;

import java.security.Principal;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.FindCriteriaQuery;
import kr.smartcity.registry.command.api.ScoringMessages;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreIndicatorCommand;
import kr.smartcity.registry.command.api.ScoringMessages.SubmitScoreSheetCommand;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;
import kr.smartcity.registry.web.staff.StaffCommands;
import kr.smartcity.registry.web.staff.StaffQueries;
import kr.smartcity.registry.web.staff.StaffCommands.Sent;

/**
 * 채점표: one assigned application, every indicator with a save of its own (ScoreIndicatorCommand, as
 * {@code PUT score-sheets/mine/{indicator}}), and the sheet's submission after a confirmation step. An application
 * not assigned to the evaluator is not found ({@link StaffQueries}): the page shows nothing of it.
 */
@Controller
@RequestMapping("/staff/evaluator/applications/{id}")
class ScoreSheetPage {

    private final StaffQueries queries;
    private final StaffCommands commands;
    private final MessageSource messages;

    ScoreSheetPage(StaffQueries queries, StaffCommands commands, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.messages = messages;
    }

    @GetMapping
    String sheet(@PathVariable String id, Model model) {
        model.addAttribute("sheet", load(id));
        return "staff/evaluator/sheet";
    }

    @PostMapping("/indicators/{indicatorCode}")
    String score(@PathVariable String id, @PathVariable("indicatorCode") String code, @ModelAttribute ScoreForm form,
                 Principal evaluator, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ScoreSheetView sheet = load(id);
        ScoreSheetView.Row row = sheet.row(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> errors = form.errors(row.indicator().maxPoints());
        if (!errors.isEmpty()) {
            return again(sheet, code, form, errors, null, HttpStatus.BAD_REQUEST, model, response);
        }
        Sent<Object> sent = commands.send(new ScoreIndicatorCommand(ScoringMessages.sheetId(id, evaluator.getName()),
                evaluator.getName(), code, form.parsedPoints(), form.basis().trim(), form.rationale().trim()));
        if (sent.refused()) {
            return again(sheet, code, form, Map.of(), sent.refusal(), HttpStatus.CONFLICT, model, response);
        }
        redirect.addFlashAttribute("done", message("evaluator.sheet.saved", code));
        return "redirect:/staff/evaluator/applications/" + id + "#indicator-" + code;
    }

    /** 제출 확인: submitting closes the sheet, so the evaluator confirms first. */
    @GetMapping("/submit")
    String confirmSubmission(@PathVariable String id, Model model) {
        model.addAttribute("sheet", load(id));
        return "staff/evaluator/submit";
    }

    @PostMapping("/submit")
    String submit(@PathVariable String id, Principal evaluator, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Sent<Object> sent = commands.send(new SubmitScoreSheetCommand(ScoringMessages.sheetId(id, evaluator.getName()),
                evaluator.getName()));
        if (sent.refused()) {
            model.addAttribute("sheet", load(id));
            model.addAttribute("refusal", sent.refusal());
            response.setStatus(HttpStatus.CONFLICT.value());
            return "staff/evaluator/submit";
        }
        redirect.addFlashAttribute("done", message("evaluator.sheet.submittedNow"));
        return "redirect:/staff/evaluator/applications/" + id;
    }

    private String again(ScoreSheetView sheet, String code, ScoreForm form, Map<String, String> errors,
                         String refusal, HttpStatus status, Model model, HttpServletResponse response) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("failedCode", code);
        model.addAttribute("entered", form);
        model.addAttribute("errors", errors);
        model.addAttribute("rowRefusal", refusal);
        response.setStatus(status.value());
        return "staff/evaluator/sheet";
    }

    /**
     * The application as this evaluator may see it; not found when it is not theirs. The scorecard and the sheet's
     * state are read back after each save, so the page shows what the registry holds.
     */
    private ScoreSheetView load(String id) {
        ApplicationSummary application = queries.one(new FindApplicationQuery(id), ApplicationSummary.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Scorecard scorecard = queries.one(new FindScorecardQuery(id), Scorecard.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CriteriaView criteria = queries.one(new FindCriteriaQuery(scorecard.criteriaVersion()), CriteriaView.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ScoreSheetView.of(application, scorecard, criteria);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
