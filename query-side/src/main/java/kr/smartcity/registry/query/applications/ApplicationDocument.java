package kr.smartcity.registry.query.applications;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** One application in the staff pipeline. Written whole on each event, so a replay rewrites it the same. */
@Document(ApplicationDocument.COLLECTION)
record ApplicationDocument(
        @Id String applicationId,
        String roundId,
        String serviceNameKo,
        String serviceNameEn,
        String organisationName,
        ServiceField field,
        ServiceLevel level,
        String region,
        String state,
        Instant submittedAt) {

    static final String COLLECTION = "applications";
}
