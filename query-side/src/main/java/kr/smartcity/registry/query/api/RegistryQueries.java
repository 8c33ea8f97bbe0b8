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

    /**
     * {@code text} matches names and holders whatever their spacing and case, and takes initial consonants (초성):
     * {@code ㅅㅁㅌ} or {@code 스마ㅌ} finds 스마트. A null {@code order} is {@link RegistryOrder#NEWEST}.
     * {@code region} is a 시도 code of the 행정구역 base data ({@code 11}), or a 시도 name ({@code 서울특별시}, {@code 서울}):
     * the certifications whose region lies in that 시도; or {@link #UNRESOLVED_REGION}: those whose region names no
     * known 시도; any other text matches the region exactly as written.
     */
    public record FindCertificationsQuery(
            ServiceField field,
            ServiceLevel level,
            CertificationStatus status,
            Integer year,
            String region,
            String text,
            RegistryOrder order,
            int page,
            int size) {
    }

    /** The region filter that finds the certifications whose region resolves to no 시도 (기타). */
    public static final String UNRESOLVED_REGION = "unresolved";

    /**
     * 시도별 건수: how many certifications in each 시도 the list query {@code within} finds, its region, order and page
     * set aside (a facet's counts); answered with {@link RegionCounts}.
     */
    public record CountByRegionQuery(FindCertificationsQuery within) {
    }

    /** Every 시도 in code order, with zero where none is found, and the count whose region names no known 시도. */
    public record RegionCounts(List<RegionCount> provinces, long unresolved) {
    }

    /** One 시도: its 2-digit 행정구역 code (the region filter's value), its names and its count. */
    public record RegionCount(String code, String nameKo, String nameEn, long count) {
    }

    /** The orders of the registry list; ties go by certificate number, so pages never overlap. */
    public enum RegistryOrder {
        /** Latest validity start first (of one day, the later number first): what was certified lately. */
        NEWEST,
        /** Earliest validity start first: {@link #NEWEST} read backwards. */
        OLDEST,
        /** By Korean service name, 가나다 order. */
        NAME,
        /** Highest total score first. */
        SCORE,
        /** Earliest last valid day first: what expires soonest. */
        EXPIRY
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

    /**
     * The registry's public changes after {@code since} (exclusive), oldest first, at most about {@code limit}: a page
     * never splits the changes of one instant, so it may hold a few more.
     */
    public record FindRegistryChangesQuery(Instant since, int limit) {
    }

    /** The latest {@code limit} public changes, newest first (the Atom feed); a list of {@link RegistryChange}. */
    public record FindLatestRegistryChangesQuery(int limit) {
    }

    /**
     * One public change: an award, suspension, reinstatement, re-review opened or failed, renewal, revocation, expiry
     * or re-issue ({@code event} as in {@link HistoryItem}), the status after it, and the event's {@code id}.
     */
    public record RegistryChange(
            Instant at,
            String certificateNumber,
            String event,
            CertificationStatus status,
            String serviceNameKo,
            String serviceNameEn,
            String id) {
    }

    /** {@code next} is the {@code since} of the following page, or null when this page reached the latest change. */
    public record RegistryChanges(List<RegistryChange> items, Instant next) {
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

    /** How many changes the registry has taken in: answered with a {@link RegistryChangeCount}. */
    public record CountRegistryChangesQuery() {
    }

    /**
     * Every award, status change, renewal and re-issue adds one, so a different count means a different registry
     * (HTTP validators are made from it).
     */
    public record RegistryChangeCount(long changes) {
    }
}
