package kr.smartcity.registry.command.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Messages of an application (신청) from submission through preliminary review (예비검토), supplements (보완),
 * exclusion and withdrawal. Points are decimal numbers of points with at most two decimals.
 */
public final class ApplicationMessages {

    private ApplicationMessages() {
    }

    /** One item of the evidence list (근거자료): which indicators it supports. */
    public record EvidenceItem(String title, EvidenceType type, List<String> indicatorCodes) {
        public EvidenceItem {
            indicatorCodes = List.copyOf(indicatorCodes);
        }
    }

    /**
     * A constituent service of an L2 / L3 service (L1 units of an L2, L2 services of an L3). Its composition score
     * (구성 및 기능 평가점수) is known if it was certified earlier; otherwise null, given at conclusion.
     */
    public record ConstituentService(String nameKo, String nameEn, String certificateNumber,
                                     BigDecimal compositionScore) {
    }

    /** What the applicant fills in: 별지 제3호 and 제5호, the 자체평가표 (points by indicator code), the evidence list. */
    public record ApplicationForm(
            Applicant representative,
            List<Applicant> jointApplicants,
            String serviceNameKo,
            String serviceNameEn,
            ServiceField field,
            ServiceLevel level,
            String region,
            String description,
            Map<String, BigDecimal> selfEvaluation,
            List<EvidenceItem> evidence,
            List<ConstituentService> constituents) {

        public ApplicationForm {
            jointApplicants = List.copyOf(jointApplicants);
            selfEvaluation = Map.copyOf(selfEvaluation);
            evidence = List.copyOf(evidence);
            constituents = List.copyOf(constituents);
        }
    }

    /** 신청서 제출 (applicant): handled by the round, which alone knows its window, fields and criteria version. */
    public record SubmitApplicationCommand(
            @TargetAggregateIdentifier String roundId,
            String applicationId,
            ApplicationForm form) {
    }

    /** 재심사 신청 (monitor / operator): the re-review of a certification, opened without a round window. */
    public record OpenReReviewApplicationCommand(
            @TargetAggregateIdentifier String applicationId,
            String certificateNumber,
            String criteriaVersion,
            ApplicationForm form) {
    }

    /**
     * An application began: a submission admitted into a round ({@code kind} NEW, {@code roundId} and
     * {@code submissionClosesAt} set) or a re-review ({@code kind} RE_REVIEW, {@code reviewedCertificateNumber} set).
     */
    public record ApplicationSubmittedEvent(
            String applicationId,
            String roundId,
            Applicant representative,
            String serviceNameKo,
            String serviceNameEn,
            ServiceField field,
            ServiceLevel level,
            String region,
            Instant submittedAt,
            ApplicationKind kind,
            String reviewedCertificateNumber,
            String criteriaVersion,
            Instant submissionClosesAt,
            List<Applicant> jointApplicants,
            String description,
            Map<String, BigDecimal> selfEvaluation,
            List<EvidenceItem> evidence,
            List<ConstituentService> constituents) {
    }

    /** 예비검토 통과 (operator), also after a supplement or its lapse (then with the documents as submitted). */
    public record AcceptApplicationCommand(@TargetAggregateIdentifier String applicationId) {
    }

    public record ApplicationAcceptedEvent(String applicationId, boolean asOriginallySubmitted, Instant acceptedAt) {
    }

    /** 보완 요청 (operator): what is missing or unclear, and by when. */
    public record RequestSupplementCommand(@TargetAggregateIdentifier String applicationId, List<String> items,
                                           Instant deadline) {
    }

    public record SupplementRequestedEvent(String applicationId, List<String> items, Instant deadline,
                                           Instant requestedAt) {
    }

    /** 보완 제출 (applicant), before the deadline. */
    public record SubmitSupplementCommand(@TargetAggregateIdentifier String applicationId,
                                          List<EvidenceItem> documents, String note) {
    }

    public record SupplementSubmittedEvent(String applicationId, List<EvidenceItem> documents, String note,
                                           Instant submittedAt) {
    }

    /** 보완 기한 경과: fired by the application's own deadline when no supplement came. */
    public record SupplementLapsedEvent(String applicationId, Instant deadline) {
    }

    /** 평가 제외 (operator). */
    public record ExcludeApplicationCommand(@TargetAggregateIdentifier String applicationId, ExclusionReason reason,
                                            String explanation) {
    }

    public record ApplicationExcludedEvent(String applicationId, ExclusionReason reason, String explanation,
                                           Instant excludedAt) {
    }

    /** 신청 철회 (applicant), any time before the decision. */
    public record WithdrawApplicationCommand(@TargetAggregateIdentifier String applicationId, String reason) {
    }

    public record ApplicationWithdrawnEvent(String applicationId, String reason, Instant withdrawnAt) {
    }
}
