package kr.smartcity.registry.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.ServiceField;

/** Staff queries over the certification rounds (공모): what was announced and its schedule as it stands. */
public final class RoundQueries {

    private RoundQueries() {
    }

    /** Every round, newest window first. */
    public record FindRoundsQuery() {
    }

    /** One round, as {@code Optional<RoundSummary>}. */
    public record FindRoundQuery(String roundId) {
    }

    /**
     * A round as announced and as its schedule was last changed: criteria version, eligible fields, the submission
     * window, the milestones (설명회, 서면평가, 현장실사, 인증부여), whether the window has closed (접수 마감), and the
     * reason of the latest schedule change (null if never changed).
     */
    public record RoundSummary(
            String roundId,
            String criteriaVersion,
            Set<ServiceField> eligibleFields,
            Instant submissionOpensAt,
            Instant submissionClosesAt,
            Map<Milestone, LocalDate> milestones,
            boolean windowClosed,
            String lastChangeReason) {
    }
}
