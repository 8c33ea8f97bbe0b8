package kr.smartcity.registry.query.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import kr.smartcity.registry.command.api.ApplicationKind;
import kr.smartcity.registry.command.api.ApplicationStatus;
import kr.smartcity.registry.command.api.DecisionOutcome;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/** Staff queries over the application pipeline. */
public final class ApplicationQueries {

    private ApplicationQueries() {
    }

    /** Applications of one round, or of every round when {@code roundId} is null; newest first. */
    public record FindApplicationsQuery(String roundId) {
    }

    /**
     * One case, as {@code Optional<ApplicationSummary>}; also a subscription query, whose updates are the case's
     * summary after each change, so a staff page can refresh when the case moves.
     */
    public record FindApplicationQuery(String applicationId) {
    }

    /**
     * Where a case stands: its state, the supplement deadline if one was set, the committee and
     * whose sheets are in, the concluded total and whether it passes, and the decision.
     */
    public record ApplicationSummary(
            String applicationId,
            String roundId,
            ApplicationKind kind,
            String reviewedCertificateNumber,
            String serviceNameKo,
            String serviceNameEn,
            String organisationName,
            ServiceField field,
            ServiceLevel level,
            String region,
            ApplicationStatus state,
            Instant submittedAt,
            Instant supplementDeadline,
            List<String> evaluators,
            List<String> submittedSheets,
            BigDecimal total,
            Boolean passes,
            DecisionOutcome outcome,
            String certificateNumber) {
    }
}
