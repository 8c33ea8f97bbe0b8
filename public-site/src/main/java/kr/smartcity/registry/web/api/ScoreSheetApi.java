package kr.smartcity.registry.web.api;

import java.math.BigDecimal;
import java.security.Principal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kr.smartcity.registry.command.api.ScoringMessages;
import kr.smartcity.registry.command.api.ScoringMessages.ScoreIndicatorCommand;
import kr.smartcity.registry.command.api.ScoringMessages.SubmitScoreSheetCommand;

/**
 * Staff API for committee members: each scores only on their own sheet ("mine" is the signed-in
 * evaluator), which exists only once the operator has assigned them to the application.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}/score-sheets/mine")
class ScoreSheetApi {

    private final CommandGateway commands;

    ScoreSheetApi(CommandGateway commands) {
        this.commands = commands;
    }

    /** Points for one indicator, the evidence it rests on (basis) and why (rationale). */
    record ScoreRequest(@NotNull BigDecimal points, @NotBlank String basis, @NotBlank String rationale) {
    }

    @PutMapping("/{indicatorCode}")
    void score(@PathVariable String id, @PathVariable String indicatorCode, Principal evaluator,
               @Valid @RequestBody ScoreRequest request) {
        commands.sendAndWait(new ScoreIndicatorCommand(ScoringMessages.sheetId(id, evaluator.getName()),
                evaluator.getName(), indicatorCode, request.points(), request.basis(), request.rationale()));
    }

    @PostMapping("/submit")
    void submit(@PathVariable String id, Principal evaluator) {
        commands.sendAndWait(new SubmitScoreSheetCommand(ScoringMessages.sheetId(id, evaluator.getName()),
                evaluator.getName()));
    }
}
