package kr.smartcity.registry.web.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
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
import kr.smartcity.registry.command.api.ApplicationMessages.AcceptApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.ApplicationForm;
import kr.smartcity.registry.command.api.ApplicationMessages.ConstituentService;
import kr.smartcity.registry.command.api.ApplicationMessages.EvidenceItem;
import kr.smartcity.registry.command.api.ApplicationMessages.ExcludeApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.OpenReReviewApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.RequestSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitApplicationCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.SubmitSupplementCommand;
import kr.smartcity.registry.command.api.ApplicationMessages.WithdrawApplicationCommand;
import kr.smartcity.registry.command.api.ExclusionReason;
import kr.smartcity.registry.command.api.OrganisationType;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationsQuery;

/** Staff API: applications from submission through preliminary review (예비검토), supplements and withdrawal. */
@RestController
@RequestMapping("/api/v1")
class ApplicationsApi {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ApplicationsApi(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** 대표 신청인 (별지 제3호) or 공동 신청인 (별지 제5호). */
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

    /** The application form; lists and the self-evaluation (자체평가표, points by indicator code) may be left out. */
    record ApplicationRequest(
            @Valid @NotNull ApplicantRequest representative,
            List<@Valid ApplicantRequest> jointApplicants,
            @NotBlank String serviceNameKo,
            @NotBlank String serviceNameEn,
            @NotNull ServiceField field,
            @NotNull ServiceLevel level,
            @NotBlank String region,
            String description,
            Map<String, BigDecimal> selfEvaluation,
            List<EvidenceItem> evidence,
            List<ConstituentService> constituents) {

        ApplicationForm toForm() {
            return new ApplicationForm(representative.toApplicant(),
                    jointApplicants == null ? List.of()
                            : jointApplicants.stream().map(ApplicantRequest::toApplicant).toList(),
                    serviceNameKo, serviceNameEn, field, level, region, description == null ? "" : description,
                    selfEvaluation == null ? Map.of() : selfEvaluation, evidence == null ? List.of() : evidence,
                    constituents == null ? List.of() : constituents);
        }
    }

    /** 예비검토: accept, ask for supplements by a deadline (Korean local time), or exclude with the seed's reason. */
    record PreliminaryReviewRequest(@NotNull Decision decision, List<String> items, LocalDateTime supplementDeadline,
                                    ExclusionReason exclusionReason, String explanation) {

        enum Decision { ACCEPT, REQUEST_SUPPLEMENT, EXCLUDE }
    }

    record SupplementRequest(List<EvidenceItem> documents, String note) {
    }

    record WithdrawalRequest(@NotBlank String reason) {
    }

    @PostMapping("/rounds/{roundId}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> submit(@PathVariable String roundId, @Valid @RequestBody ApplicationRequest request) {
        String applicationId = commands.sendAndWait(
                new SubmitApplicationCommand(roundId, UUID.randomUUID().toString(), request.toForm()));
        return Map.of("applicationId", applicationId);
    }

    /** 재심사 신청: the re-review of a certification runs as an application of its own. */
    @PostMapping("/certifications/{number}/re-review-applications")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> openReReview(@PathVariable String number, @RequestParam String criteriaVersion,
                                     @Valid @RequestBody ApplicationRequest request) {
        String applicationId = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenReReviewApplicationCommand(applicationId, number, criteriaVersion,
                request.toForm()));
        return Map.of("applicationId", applicationId);
    }

    @GetMapping("/applications")
    List<ApplicationSummary> list(@RequestParam(required = false) String roundId) {
        return queries.query(new FindApplicationsQuery(roundId),
                ResponseTypes.multipleInstancesOf(ApplicationSummary.class)).join();
    }

    @PostMapping("/applications/{id}/preliminary-review")
    void preliminaryReview(@PathVariable String id, @Valid @RequestBody PreliminaryReviewRequest request) {
        commands.sendAndWait(switch (request.decision()) {
            case ACCEPT -> new AcceptApplicationCommand(id);
            case REQUEST_SUPPLEMENT -> {
                if (request.supplementDeadline() == null || request.items() == null || request.items().isEmpty()) {
                    throw new InvalidRequestException("보완 요청에는 항목과 기한이 필요합니다. "
                            + "/ A supplement request needs its items and deadline.");
                }
                yield new RequestSupplementCommand(id, request.items(),
                        request.supplementDeadline().atZone(Seoul.ZONE).toInstant());
            }
            case EXCLUDE -> {
                if (request.exclusionReason() == null) {
                    throw new InvalidRequestException("제외 사유가 필요합니다. / An exclusion needs its reason.");
                }
                yield new ExcludeApplicationCommand(id, request.exclusionReason(), request.explanation());
            }
        });
    }

    @PostMapping("/applications/{id}/supplements")
    void supplement(@PathVariable String id, @RequestBody SupplementRequest request) {
        commands.sendAndWait(new SubmitSupplementCommand(id,
                request.documents() == null ? List.of() : request.documents(), request.note()));
    }

    @PostMapping("/applications/{id}/withdrawal")
    void withdraw(@PathVariable String id, @Valid @RequestBody WithdrawalRequest request) {
        commands.sendAndWait(new WithdrawApplicationCommand(id, request.reason()));
    }
}
