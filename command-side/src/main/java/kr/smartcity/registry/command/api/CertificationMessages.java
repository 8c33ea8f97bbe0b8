package kr.smartcity.registry.command.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Messages of a certification (인증), from award to its end. Its identity is the certificate
 * number. Area scores are keyed by area code ("1", "2", "3").
 */
public final class CertificationMessages {

    private CertificationMessages() {
    }

    /** What a certificate states: who holds it, for which service, at which level and field. */
    public record CertifiedService(
            List<String> holderNames,
            String serviceNameKo,
            String serviceNameEn,
            ServiceField field,
            ServiceLevel level,
            String region,
            Map<String, BigDecimal> areaScores,
            BigDecimal totalScore) {
    }

    /**
     * 인증 부여. {@code applicationId} is null for a certification imported from before the
     * registry; {@code previousNumber} names the certification this one renews, if any.
     */
    public record CertificationAwardedEvent(
            String certificateNumber,
            String applicationId,
            String roundId,
            CertifiedService service,
            LocalDate validFrom,
            LocalDate validUntil,
            String previousNumber,
            boolean imported) {
    }

    /** Brings in a certification awarded before the registry existed, with its original dates. */
    public record ImportCertificationCommand(
            @TargetAggregateIdentifier String certificateNumber,
            String roundId,
            CertifiedService service,
            LocalDate validFrom,
            LocalDate validUntil,
            String previousNumber) {
    }

    /** 모니터링: a check of whether the certified service still meets the requirements. */
    public record LogMonitoringCheckCommand(
            @TargetAggregateIdentifier String certificateNumber,
            LocalDate checkedOn,
            String scope,
            boolean requirementsMet,
            String findings,
            List<String> attachments) {
    }

    public record MonitoringCheckLoggedEvent(
            String certificateNumber,
            LocalDate checkedOn,
            String scope,
            boolean requirementsMet,
            String findings,
            List<String> attachments) {
    }

    /** 효력정지. */
    public record SuspendCertificationCommand(@TargetAggregateIdentifier String certificateNumber, String reason) {
    }

    public record CertificationSuspendedEvent(String certificateNumber, String reason, Instant suspendedAt) {
    }

    /** 효력정지 해제: back to the state it was suspended from. */
    public record ReinstateCertificationCommand(@TargetAggregateIdentifier String certificateNumber, String reason) {
    }

    public record CertificationReinstatedEvent(String certificateNumber, String reason, Instant reinstatedAt,
                                               CertificationStatus restoredStatus) {
    }

    /** 인증취소: final. */
    public record RevokeCertificationCommand(@TargetAggregateIdentifier String certificateNumber, String reason,
                                             String legalBasis) {
    }

    public record CertificationRevokedEvent(String certificateNumber, String reason, String legalBasis,
                                            Instant revokedAt) {
    }

    /** 재심사 착수: by monitoring staff on demand, or by itself three months before the validity ends. */
    public record OpenReReviewCommand(@TargetAggregateIdentifier String certificateNumber, String reason) {
    }

    public record ReReviewOpenedEvent(String certificateNumber, String reason, boolean automatic, Instant openedAt) {
    }

    /** 재인증: the re-review passed; the successor certificate runs on from this one's end date. */
    public record RenewCertificationCommand(@TargetAggregateIdentifier String certificateNumber,
                                            String successorNumber) {
    }

    public record CertificationRenewedEvent(String certificateNumber, String successorNumber, Instant renewedAt) {
    }

    /** The re-review did not pass: the certification lapses at the end of its validity. */
    public record RecordReReviewFailureCommand(@TargetAggregateIdentifier String certificateNumber, String reason) {
    }

    public record ReReviewFailedEvent(String certificateNumber, String reason, Instant recordedAt) {
    }

    /** 유효기간 만료: fired by the certification's own deadline, also after downtime. */
    public record CertificationExpiredEvent(String certificateNumber, LocalDate lastValidDay, String successorNumber) {
    }

    /** 인증서 재발급, e.g. after the holder changed its name; no new evaluation, a new document version. */
    public record ReissueCertificateCommand(@TargetAggregateIdentifier String certificateNumber,
                                            List<String> holderNames, String reason) {
    }

    public record CertificateReissuedEvent(String certificateNumber, int documentVersion, List<String> holderNames,
                                           String reason, Instant reissuedAt) {
    }

    /**
     * 조치 제안 (monitoring staff): proposes that the ministry suspend, reinstate or revoke; at most one proposal is
     * open at a time. The proposer is the account that sent the command.
     */
    public record ProposeCertificationActionCommand(@TargetAggregateIdentifier String certificateNumber,
                                                    ProposedAction action, String reason) {
    }

    public record CertificationActionProposedEvent(String certificateNumber, ProposedAction action, String reason,
                                                   String proposedBy, Instant proposedAt) {
    }

    /** The ministry declines the open proposal, with its reason; carrying it out is the action's own command. */
    public record DeclineProposedActionCommand(@TargetAggregateIdentifier String certificateNumber, String reason) {
    }

    public record ProposedActionDeclinedEvent(String certificateNumber, ProposedAction action, String reason,
                                              Instant declinedAt) {
    }
}
