package kr.smartcity.registry.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import kr.smartcity.registry.command.api.EvaluationMessages.AssignEvaluatorsCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.ConcludeEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.InspectionFinding;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordPreEvaluationCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordResolutionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.RecordSiteInspectionCommand;
import kr.smartcity.registry.command.api.EvaluationMessages.Votes;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;
import kr.smartcity.registry.web.security.EvaluatorRoster;
import tools.jackson.databind.JsonNode;

/** Staff API for the operating organisation: 서면평가 (pre-evaluation, committee, resolutions) and 현장실사. */
@RestController
@RequestMapping("/api/v1/applications/{id}")
class EvaluationApi {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvaluatorRoster roster;

    EvaluationApi(CommandGateway commands, QueryGateway queries, EvaluatorRoster roster) {
        this.commands = commands;
        this.queries = queries;
        this.roster = roster;
    }

    record CommitteeRequest(@NotEmpty List<@NotBlank String> evaluators) {
    }

    /** 의결: the committee's final points for one indicator; votes where the seed asks for a majority. */
    record ResolutionRequest(@NotBlank String indicatorCode, @NotNull BigDecimal points, String rationale,
                             Integer votesFor, Integer votesAgainst) {
    }

    /** For L2/L3: composition scores of constituents not certified earlier, by name. */
    record ConclusionRequest(Map<String, BigDecimal> constituentCompositionScores,
                             boolean constituentsMeetCommonCriteria) {
    }

    record SiteInspectionRequest(@NotNull LocalDate inspectedOn, @NotEmpty List<@NotBlank String> inspectors,
                                 @NotEmpty List<InspectionFinding> findings) {
    }

    /**
     * Evidence facts by indicator code, each an object in the shape of its rule's facts (see
     * docs/events.md); with none, every indicator is left to the committee.
     */
    record PreEvaluationRequest(Map<String, JsonNode> facts) {
    }

    /** 사전평가: the rules suggest points from the facts, or withhold them for the committee. */
    @PostMapping("/pre-evaluation")
    void preEvaluate(@PathVariable String id, @RequestBody PreEvaluationRequest request) {
        Map<String, String> facts = new TreeMap<>();
        if (request.facts() != null) {
            request.facts().forEach((code, json) -> facts.put(code, json.toString()));
        }
        commands.sendAndWait(new RecordPreEvaluationCommand(id, facts));
    }

    @PostMapping("/committee")
    void assignCommittee(@PathVariable String id, @Valid @RequestBody CommitteeRequest request) {
        String roundId = queries.query(new FindApplicationQuery(id), ResponseTypes.optionalInstanceOf(
                ApplicationSummary.class)).join().orElseThrow(() -> new NotFoundException(
                "신청 건을 찾을 수 없습니다: " + id + " / No such application: " + id)).roundId();
        List<String> notServing = roster.notServing(request.evaluators(), roundId);
        if (!notServing.isEmpty()) {
            String names = String.join(", ", notServing);
            throw new InvalidRequestException("이 공모의 평가위원으로 배정할 수 없는 계정입니다: " + names
                    + " / Not an evaluator serving this round: " + names);
        }
        commands.sendAndWait(new AssignEvaluatorsCommand(id, request.evaluators()));
    }

    @PostMapping("/resolutions")
    void resolve(@PathVariable String id, @Valid @RequestBody ResolutionRequest request) {
        Votes votes = request.votesFor() == null ? null
                : new Votes(request.votesFor(), request.votesAgainst() == null ? 0 : request.votesAgainst());
        commands.sendAndWait(new RecordResolutionCommand(id, request.indicatorCode(), request.points(),
                request.rationale(), votes));
    }

    @PostMapping("/conclusion")
    void conclude(@PathVariable String id, @RequestBody ConclusionRequest request) {
        commands.sendAndWait(new ConcludeEvaluationCommand(id,
                request.constituentCompositionScores() == null ? Map.of() : request.constituentCompositionScores(),
                request.constituentsMeetCommonCriteria()));
    }

    @PostMapping("/site-inspection")
    void inspect(@PathVariable String id, @Valid @RequestBody SiteInspectionRequest request) {
        commands.sendAndWait(new RecordSiteInspectionCommand(id, request.inspectedOn(), request.inspectors(),
                request.findings()));
    }
}
