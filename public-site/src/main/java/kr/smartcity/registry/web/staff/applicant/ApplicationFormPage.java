package kr.smartcity.registry.web.staff.applicant;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.FindCriteriaQuery;
import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;
import kr.smartcity.registry.web.staff.ScoredIndicators;
import kr.smartcity.registry.web.staff.StaffCommands;
import kr.smartcity.registry.web.staff.StaffCommands.Sent;
import kr.smartcity.registry.web.staff.StaffQueries;

/**
 * 신청서 작성: first the field and level (they decide the rows of the 자체평가표), then the form itself, sent as the
 * API's {@code POST /api/v1/rounds/{roundId}/applications} sends it (SubmitApplicationCommand). The round's window is
 * the command side's to enforce; its refusal is shown above the form.
 */
@Controller
@RequestMapping("/staff/applicant/rounds/{roundId}/apply")
class ApplicationFormPage {

    private static final Duration PIPELINE_WAIT = Duration.ofSeconds(10);

    private final QueryGateway queries;
    private final StaffQueries staffQueries;
    private final Rounds rounds;
    private final StaffCommands commands;
    private final MessageSource messages;

    ApplicationFormPage(QueryGateway queries, StaffQueries staffQueries, Rounds rounds, StaffCommands commands,
                        MessageSource messages) {
        this.queries = queries;
        this.staffQueries = staffQueries;
        this.rounds = rounds;
        this.commands = commands;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable String roundId, @RequestParam(required = false) String field,
                @RequestParam(required = false) String level, Model model, HttpServletResponse response) {
        RoundSummary round = round(roundId, model);
        Optional<ServiceField> chosenField = parse(ServiceField.class, field).filter(round.eligibleFields()::contains);
        Optional<ServiceLevel> chosenLevel = parse(ServiceLevel.class, level);
        if (chosenField.isEmpty() || chosenLevel.isEmpty()) {
            boolean asked = field != null || level != null;
            model.addAttribute("fieldMissing", asked && chosenField.isEmpty());
            model.addAttribute("levelMissing", asked && chosenLevel.isEmpty());
            if (asked) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            return "staff/applicant/choose";
        }
        show(round, chosenField.get(), chosenLevel.get(), new ApplicationInput(Map.of()), Map.of(), model);
        return "staff/applicant/form";
    }

    @PostMapping
    String submit(@PathVariable String roundId, @RequestParam String field, @RequestParam String level,
                  @RequestParam Map<String, String> typed, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        RoundSummary round = round(roundId, model);
        ServiceField chosenField = parse(ServiceField.class, field)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        ServiceLevel chosenLevel = parse(ServiceLevel.class, level)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        List<IndicatorView> selfEvaluated = indicators(round, chosenField, chosenLevel).stream()
                .flatMap(scored -> scored.indicators().stream()).toList();
        ApplicationInput input = new ApplicationInput(typed);
        Map<String, String> errors = input.errors(selfEvaluated);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(round, chosenField, chosenLevel, input, errors, model);
            return "staff/applicant/form";
        }
        String applicationId = UUID.randomUUID().toString();
        Sent<Object> sent = commands.send(new SubmitApplicationCommand(roundId, applicationId,
                input.toForm(chosenField, chosenLevel, selfEvaluated)));
        if (sent.refused()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("refusal", sent.refusal());
            show(round, chosenField, chosenLevel, input, Map.of(), model);
            return "staff/applicant/form";
        }
        // The case page reads the pipeline, which takes the new case a moment after the command.
        staffQueries.awaitArrival(new FindApplicationQuery(applicationId), ApplicationSummary.class, PIPELINE_WAIT);
        redirect.addFlashAttribute("done", messages.getMessage("applicant.form.submitted", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/staff/applicant/cases/" + applicationId;
    }

    private RoundSummary round(String roundId, Model model) {
        RoundSummary round = rounds.find(roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("round", round);
        model.addAttribute("roundOpen", rounds.isOpen(round));
        return round;
    }

    private void show(RoundSummary round, ServiceField field, ServiceLevel level, ApplicationInput input,
                      Map<String, String> errors, Model model) {
        model.addAttribute("field", field);
        model.addAttribute("level", level);
        model.addAttribute("areas", indicators(round, field, level));
        model.addAttribute("values", input.values());
        model.addAttribute("errors", errors);
        model.addAttribute("organisationTypes", OrganisationType.values());
    }

    private List<ScoredIndicators> indicators(RoundSummary round, ServiceField field, ServiceLevel level) {
        CriteriaView criteria = queries.query(new FindCriteriaQuery(round.criteriaVersion()),
                        ResponseTypes.optionalInstanceOf(CriteriaView.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ScoredIndicators.of(criteria, level, field);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
    }
}
