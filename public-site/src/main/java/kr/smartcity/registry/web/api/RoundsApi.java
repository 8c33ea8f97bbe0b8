package kr.smartcity.registry.web.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;
import kr.smartcity.registry.command.api.RoundMessages.ChangeRoundScheduleCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;

/** Staff API: the operating organisation announces rounds (공모). */
@RestController
@RequestMapping("/api/v1/rounds")
class RoundsApi {

    private final CommandGateway commands;

    RoundsApi(CommandGateway commands) {
        this.commands = commands;
    }

    /** Times are Korean local times, minute precision, e.g. {@code 2023-10-26T18:00}. */
    record AnnounceRoundRequest(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String roundId,
            @NotBlank String criteriaVersion,
            @NotEmpty Set<ServiceField> eligibleFields,
            @NotNull LocalDateTime submissionOpensAt,
            @NotNull LocalDateTime submissionClosesAt,
            Map<Milestone, LocalDate> milestones) {
    }

    /** 일정 변경: a new window close (Korean local time; omit to keep it) and milestones to set, with the reason. */
    record ScheduleChangeRequest(LocalDateTime submissionClosesAt, Map<Milestone, LocalDate> milestones,
                                 @NotBlank String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> announce(@Valid @RequestBody AnnounceRoundRequest request) {
        commands.sendAndWait(new AnnounceRoundCommand(request.roundId(), request.criteriaVersion(),
                request.eligibleFields(), request.submissionOpensAt().atZone(Seoul.ZONE).toInstant(),
                request.submissionClosesAt().atZone(Seoul.ZONE).toInstant(),
                request.milestones() == null ? Map.of() : request.milestones()));
        return Map.of("roundId", request.roundId());
    }

    @PostMapping("/{roundId}/schedule")
    void changeSchedule(@PathVariable String roundId, @Valid @RequestBody ScheduleChangeRequest request) {
        commands.sendAndWait(new ChangeRoundScheduleCommand(roundId,
                request.submissionClosesAt() == null ? null : request.submissionClosesAt().atZone(Seoul.ZONE).toInstant(),
                request.milestones(), request.reason()));
    }
}
