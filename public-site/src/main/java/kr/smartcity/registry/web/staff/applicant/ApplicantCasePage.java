package kr.smartcity.registry.web.staff.applicant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.command.api.ApplicationMessages.EvidenceItem;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.WithdrawApplicationCommand;
import kr.smartcity.registry.command.api.EvidenceType;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.query.api.CaseHistoryQueries.CaseHistory;
import kr.smartcity.registry.query.api.CaseHistoryQueries.FindCaseHistoryQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.FindScorecardQuery;
import kr.smartcity.registry.query.api.ScorecardQueries.Scorecard;
import kr.smartcity.registry.web.staff.StaffCommands;
import kr.smartcity.registry.web.staff.StaffQueries;
import kr.smartcity.registry.web.staff.StaffCommands.Sent;

/**
 * 신청 건: one of the applicant's own cases, with the answer to a supplement request (보완 제출) and the withdrawal
 * (신청 철회, after a confirmation step). Another account's case is not found ({@link StaffQueries}).
 */
@Controller
@RequestMapping("/staff/applicant/cases/{id}")
class ApplicantCasePage {

    private static final int NOTE = 2000;
    private static final int TITLE = 200;

    private final StaffQueries queries;
    private final Rounds rounds;
    private final StaffCommands commands;
    private final MessageSource messages;

    ApplicantCasePage(StaffQueries queries, Rounds rounds, StaffCommands commands, MessageSource messages) {
        this.queries = queries;
        this.rounds = rounds;
        this.commands = commands;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String id, Model model) {
        model.addAttribute("view", load(id));
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "staff/applicant/case";
    }

    @PostMapping("/supplement")
    String supplement(@PathVariable String id, @RequestParam(defaultValue = "") String note,
                      @RequestParam(defaultValue = "") String documentTitle, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("note", note, "documentTitle", documentTitle);
        Map<String, String> errors = new LinkedHashMap<>();
        text("note", note, NOTE, true, errors);
        text("documentTitle", documentTitle, TITLE, false, errors);
        if (!errors.isEmpty()) {
            return again("staff/applicant/case", id, typed, errors, null, HttpStatus.BAD_REQUEST, model, response);
        }
        List<EvidenceItem> documents = documentTitle.isBlank() ? List.of()
                : List.of(new EvidenceItem(documentTitle.trim(), EvidenceType.DOCUMENT, List.of()));
        Sent<Object> sent = commands.send(new SubmitSupplementCommand(id, documents, note.trim()));
        if (sent.refused()) {
            return again("staff/applicant/case", id, typed, Map.of(), sent.refusal(), HttpStatus.CONFLICT, model,
                    response);
        }
        return done(id, "applicant.supplement.done", redirect);
    }

    /** 철회 확인: the reason is asked for and the step cannot be undone, so it has a page of its own. */
    @GetMapping("/withdraw")
    String confirmWithdrawal(@PathVariable String id, Model model) {
        model.addAttribute("view", load(id));
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "staff/applicant/withdraw";
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> typed = Map.of("reason", reason);
        Map<String, String> errors = new LinkedHashMap<>();
        text("reason", reason, NOTE, true, errors);
        if (!errors.isEmpty()) {
            return again("staff/applicant/withdraw", id, typed, errors, null, HttpStatus.BAD_REQUEST, model, response);
        }
        Sent<Object> sent = commands.send(new WithdrawApplicationCommand(id, reason.trim()));
        if (sent.refused()) {
            return again("staff/applicant/withdraw", id, typed, Map.of(), sent.refusal(), HttpStatus.CONFLICT, model,
                    response);
        }
        return done(id, "applicant.withdraw.done", redirect);
    }

    /** The page again with what was typed, the errors beside the fields or the refusal in the form. */
    private String again(String page, String id, Map<String, String> typed, Map<String, String> errors,
                         String refusal, HttpStatus status, Model model, HttpServletResponse response) {
        model.addAttribute("view", load(id));
        model.addAttribute("values", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        response.setStatus(status.value());
        return page;
    }

    private String done(String id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        return "redirect:/staff/applicant/cases/" + id;
    }

    private static void text(String name, String value, int maxLength, boolean required, Map<String, String> errors) {
        if (required && value.isBlank()) {
            errors.put(name, "applicant.error.required");
        } else if (value.length() > maxLength) {
            errors.put(name, "applicant.error.long");
        }
    }

    private CaseView load(String id) {
        ApplicationSummary application = queries.one(new FindApplicationQuery(id), ApplicationSummary.class)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CaseHistory history = queries.one(new FindCaseHistoryQuery(id), CaseHistory.class).orElse(null);
        Scorecard scorecard = queries.one(new FindScorecardQuery(id), Scorecard.class).orElse(null);
        return CaseView.of(application, history, rounds.find(application.roundId()).orElse(null),
                scorecard == null ? null : scorecard.conclusion());
    }
}
