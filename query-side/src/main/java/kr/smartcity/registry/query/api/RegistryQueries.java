package kr.smartcity.registry.query.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
}
