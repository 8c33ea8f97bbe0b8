package kr.smartcity.registry.web.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import kr.smartcity.registry.command.api.DecisionMessages.DecideCertificationCommand;
import kr.smartcity.registry.command.api.DecisionOutcome;

/** Staff API for the ministry: 인증여부 결정; certifying answers the new certificate number. */
@RestController
class DecisionApi {

    private final CommandGateway commands;

    DecisionApi(CommandGateway commands) {
        this.commands = commands;
    }

    record DecisionRequest(@NotNull DecisionOutcome outcome, List<String> reasons) {
    }

    @PostMapping("/api/v1/applications/{id}/decision")
    Map<String, String> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        String number = commands.sendAndWait(new DecideCertificationCommand(id, request.outcome(),
                request.reasons() == null ? List.of() : request.reasons()));
        Map<String, String> answer = new HashMap<>();
        answer.put("outcome", request.outcome().name());
        answer.put("certificateNumber", number);
        return answer;
    }
}
