package kr.smartcity.registry.command.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Messages of the ministry's decision (인증여부 결정), the result notice and certificate numbering. */
public final class DecisionMessages {

    private DecisionMessages() {
    }

    /** 인증여부 결정 (ministry); reasons are required for NOT_CERTIFIED unless the scorecard gives them. */
    public record DecideCertificationCommand(@TargetAggregateIdentifier String applicationId, DecisionOutcome outcome,
                                             List<String> reasons) {
    }

    /** The decision; {@code certificateNumber} is set when certified. */
    public record ApplicationDecidedEvent(String applicationId, ApplicationKind kind, DecisionOutcome outcome,
                                          String certificateNumber, String reviewedCertificateNumber,
                                          List<String> reasons, Instant decidedAt) {
    }

    /**
     * 결과 통보: what the applicant is told (공문 and website post), for a mailer and the site. Area scores are
     * keyed by area code; the applicant sees its own final area scores.
     */
    public record ResultNoticeIssuedEvent(String applicationId, String recipientOrganisation, String serviceNameKo,
                                          DecisionOutcome outcome, String certificateNumber,
                                          Map<String, BigDecimal> areaScores, BigDecimal totalScore,
                                          List<String> reasons, Instant issuedAt) {
    }

    /** One certificate number taken from the year's sequence. */
    public record CertificateNumberAllocatedEvent(String numberingId, int year, int sequence,
                                                  String certificateNumber) {
    }
}
