package kr.smartcity.registry.web.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kr.smartcity.registry.command.api.Applicant;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;

/** Staff API: applicants submit applications into a round; staff follow the pipeline. */
@RestController
@RequestMapping("/api/v1")
class ApplicationsApi {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ApplicationsApi(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** 대표 신청인 (별지 제3호). */
    record ApplicantRequest(
            @NotBlank String organisationName,
            @NotBlank String businessRegistrationNumber,
            @NotBlank String representativeName,
            @NotBlank String phone,
            @NotBlank String address,
            @NotNull OrganisationType organisationType) {

        Applicant toApplicant() {
            return new Applicant(organisationName, businessRegistrationNumber, representativeName, phone, address,
                    organisationType);
        }
    }

    record SubmitApplicationRequest(
            @Valid @NotNull ApplicantRequest representative,
            @NotBlank String serviceNameKo,
            @NotBlank String serviceNameEn,
            @NotNull ServiceField field,
            @NotNull ServiceLevel level,
            @NotBlank String region) {
    }

    @PostMapping("/rounds/{roundId}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> submit(@PathVariable String roundId, @Valid @RequestBody SubmitApplicationRequest request) {
        String applicationId = commands.sendAndWait(new SubmitApplicationCommand(roundId,
                UUID.randomUUID().toString(), request.representative().toApplicant(), request.serviceNameKo(),
                request.serviceNameEn(), request.field(), request.level(), request.region()));
        return Map.of("applicationId", applicationId);
    }

    @GetMapping("/applications")
    List<ApplicationSummary> list(@RequestParam(required = false) String roundId) {
        return queries.query(new FindApplicationsQuery(roundId),
                ResponseTypes.multipleInstancesOf(ApplicationSummary.class)).join();
    }
}
