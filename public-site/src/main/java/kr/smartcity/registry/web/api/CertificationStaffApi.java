package kr.smartcity.registry.web.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.CertificationMessages.ImportCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.LogMonitoringCheckCommand;
import kr.smartcity.registry.command.api.CertificationMessages.OpenReReviewCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReinstateCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.ReissueCertificateCommand;
import kr.smartcity.registry.command.api.CertificationMessages.RevokeCertificationCommand;
import kr.smartcity.registry.command.api.CertificationMessages.SuspendCertificationCommand;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** Staff API: what happens to a certification after its award (DESIGN.md §6). */
@RestController
@RequestMapping("/api/v1/certifications")
class CertificationStaffApi {

    private final CommandGateway commands;

    CertificationStaffApi(CommandGateway commands) {
        this.commands = commands;
    }

    record MonitoringCheckRequest(@NotNull LocalDate checkedOn, @NotBlank String scope,
                                  @NotNull Boolean requirementsMet, String findings, List<String> attachments) {
    }

    record ReasonRequest(@NotBlank String reason) {
    }

    record RevocationRequest(@NotBlank String reason, @NotBlank String legalBasis) {
    }

    record ReissueRequest(@NotEmpty List<@NotBlank String> holderNames, @NotBlank String reason) {
    }

    /** A certification awarded before the registry, with its original dates (기존 인증 이관). */
    record ImportRequest(@NotBlank String certificateNumber, String roundId,
                         @NotEmpty List<@NotBlank String> holderNames, @NotBlank String serviceNameKo,
                         String serviceNameEn, @NotNull ServiceField field, @NotNull ServiceLevel level,
                         String region, Map<String, BigDecimal> areaScores, BigDecimal totalScore,
                         @NotNull LocalDate validFrom, @NotNull LocalDate validUntil, String previousNumber) {
    }

    @PostMapping("/{number}/monitoring-checks")
    @ResponseStatus(HttpStatus.CREATED)
    void logCheck(@PathVariable String number, @Valid @RequestBody MonitoringCheckRequest request) {
        commands.sendAndWait(new LogMonitoringCheckCommand(number, request.checkedOn(), request.scope(),
                request.requirementsMet(), request.findings(),
                request.attachments() == null ? List.of() : request.attachments()));
    }

    @PostMapping("/{number}/suspension")
    void suspend(@PathVariable String number, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new SuspendCertificationCommand(number, request.reason()));
    }

    @PostMapping("/{number}/reinstatement")
    void reinstate(@PathVariable String number, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new ReinstateCertificationCommand(number, request.reason()));
    }

    @PostMapping("/{number}/revocation")
    void revoke(@PathVariable String number, @Valid @RequestBody RevocationRequest request) {
        commands.sendAndWait(new RevokeCertificationCommand(number, request.reason(), request.legalBasis()));
    }

    @PostMapping("/{number}/re-review")
    void openReReview(@PathVariable String number, @Valid @RequestBody ReasonRequest request) {
        commands.sendAndWait(new OpenReReviewCommand(number, request.reason()));
    }

    @PostMapping("/{number}/reissue")
    void reissue(@PathVariable String number, @Valid @RequestBody ReissueRequest request) {
        commands.sendAndWait(new ReissueCertificateCommand(number, request.holderNames(), request.reason()));
    }

    @PostMapping("/imports")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> importCertification(@Valid @RequestBody ImportRequest request) {
        commands.sendAndWait(new ImportCertificationCommand(request.certificateNumber(), request.roundId(),
                new CertifiedService(request.holderNames(), request.serviceNameKo(), request.serviceNameEn(),
                        request.field(), request.level(), request.region(),
                        request.areaScores() == null ? Map.of() : request.areaScores(), request.totalScore()),
                request.validFrom(), request.validUntil(), request.previousNumber()));
        return Map.of("certificateNumber", request.certificateNumber());
    }
}
