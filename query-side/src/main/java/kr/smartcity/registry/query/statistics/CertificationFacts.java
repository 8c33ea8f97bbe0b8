package kr.smartcity.registry.query.statistics;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * What the statistics count of one certification. One document per certification, counted when asked (no running
 * counters), so processing an event again changes nothing. Read whole, so no index.
 */
@Document(CertificationFacts.COLLECTION)
record CertificationFacts(
        @Id String certificateNumber,
        ServiceField field,
        ServiceLevel level,
        CertificationStatus status,
        int awardYear) {

    static final String COLLECTION = "statistics_certifications";

    CertificationFacts in(CertificationStatus newStatus) {
        return new CertificationFacts(certificateNumber, field, level, newStatus, awardYear);
    }
}
