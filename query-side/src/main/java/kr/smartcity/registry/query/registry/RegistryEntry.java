package kr.smartcity.registry.query.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * One certification in the public registry. Entries never disappear: revoked and expired ones
 * stay with their status. {@code searchKey} holds the names and holder lower-cased without
 * spaces, because the embedded MongoDB has no {@code $text}.
 */
@Document(RegistryEntry.COLLECTION)
record RegistryEntry(
        @Id String certificateNumber,
        String serviceNameKo,
        String serviceNameEn,
        String holderName,
        ServiceField field,
        ServiceLevel level,
        String region,
        CertificationStatus status,
        int awardYear,
        LocalDate validFrom,
        LocalDate validUntil,
        BigDecimal totalScore,
        String searchKey) {

    static final String COLLECTION = "registry_entries";
}
