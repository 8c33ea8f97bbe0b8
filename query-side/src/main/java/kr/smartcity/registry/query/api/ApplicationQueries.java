package kr.smartcity.registry.query.api;

import java.time.Instant;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** Staff queries over the application pipeline. */
public final class ApplicationQueries {

    private ApplicationQueries() {
    }

    /** Applications of one round, or of every round when {@code roundId} is null; newest first. */
    public record FindApplicationsQuery(String roundId) {
    }

    public record ApplicationSummary(
            String applicationId,
            String roundId,
            String serviceNameKo,
            String serviceNameEn,
            String organisationName,
            ServiceField field,
            ServiceLevel level,
            String region,
            String state,
            Instant submittedAt) {
    }
}
