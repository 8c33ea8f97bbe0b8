package kr.smartcity.registry.query.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** Public queries over the registry of certified services. Null filters match everything. */
public final class RegistryQueries {

    private RegistryQueries() {
    }

    public record FindCertificationsQuery(
            ServiceField field,
            ServiceLevel level,
            CertificationStatus status,
            Integer year,
            String region,
            String text,
            int page,
            int size) {
    }

    public record CertificationSummary(
            String certificateNumber,
            String serviceNameKo,
            String serviceNameEn,
            String holderName,
            ServiceField field,
            ServiceLevel level,
            CertificationStatus status,
            LocalDate validFrom,
            LocalDate validUntil,
            BigDecimal totalScore) {
    }

    public record CertificationPage(List<CertificationSummary> items, int page, int size, long totalItems) {
    }

    /** One certification with its area scores and public history; empty when the number is unknown. */
    public record FindCertificationQuery(String certificateNumber) {
    }

    public record CertificationDetail(
            String certificateNumber,
            String serviceNameKo,
            String serviceNameEn,
            String holderName,
            List<String> holderNames,
            ServiceField field,
            ServiceLevel level,
            String region,
            CertificationStatus status,
            LocalDate validFrom,
            LocalDate validUntil,
            BigDecimal totalScore,
            Map<String, BigDecimal> areaScores,
            String previousNumber,
            String successorNumber,
            List<HistoryItem> history) {
    }

    /** A step in the public timeline: when, the status after it, what happened, and the public reason. */
    public record HistoryItem(Instant at, CertificationStatus status, String event, String reason) {
    }

    /** 진위확인: the live status of a certificate number; empty when the number is unknown. */
    public record VerifyCertificateQuery(String certificateNumber) {
    }

    /**
     * {@code valid} is true while the certification is in force today (active or under
     * re-review, within its validity); {@code replacedBy} names the renewal's new number.
     */
    public record Verification(
            String certificateNumber,
            CertificationStatus status,
            boolean valid,
            LocalDate validFrom,
            LocalDate validUntil,
            String serviceNameKo,
            String holderName,
            ServiceLevel level,
            ServiceField field,
            String replacedBy) {
    }

    /** How far the registry has got: answered with a {@link RegistryVersion}. */
    public record RegistryVersionQuery() {
    }

    /**
     * The number of changes the registry has taken in: every award, status change, renewal and re-issue adds one,
     * so a different number means a different registry (HTTP validators are made from it).
     */
    public record RegistryVersion(long changes) {
    }
}
