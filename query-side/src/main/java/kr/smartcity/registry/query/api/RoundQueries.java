package kr.smartcity.registry.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.ServiceField;

/** The rounds (공모) announced, as an applicant chooses one to apply to: the call is public, so anyone may ask. */
public final class RoundQueries {

    private RoundQueries() {
    }

    /** Every round, the latest window first; answered with a {@code List<RoundSummary>}. */
    public record FindRoundsQuery() {
    }

    /**
     * A round as announced, with its schedule after any change; {@code windowClosed} once the registry closed its
     * submission window (접수 마감).
     */
    public record RoundSummary(
            String roundId,
            String criteriaVersion,
            Set<ServiceField> eligibleFields,
            Instant submissionOpensAt,
            Instant submissionClosesAt,
            Map<Milestone, LocalDate> milestones,
            boolean windowClosed) {
    }
}
