package kr.smartcity.registry.command.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Messages of a certification round (공모). */
public final class RoundMessages {

    private RoundMessages() {
    }

    /** 공모 공고: announce a round with its criteria version, fields, submission window and milestones. */
    public record AnnounceRoundCommand(
            @TargetAggregateIdentifier String roundId,
            String criteriaVersion,
            Set<ServiceField> eligibleFields,
            Instant submissionOpensAt,
            Instant submissionClosesAt,
            Map<Milestone, LocalDate> milestones) {
    }

    public record RoundAnnouncedEvent(
            String roundId,
            String criteriaVersion,
            Set<ServiceField> eligibleFields,
            Instant submissionOpensAt,
            Instant submissionClosesAt,
            Map<Milestone, LocalDate> milestones) {
    }

    /**
     * 일정 변경 (operator), with the reason: a new close of the submission window (null keeps it)
     * and milestones to set; the window cannot change once it has closed.
     */
    public record ChangeRoundScheduleCommand(
            @TargetAggregateIdentifier String roundId,
            Instant submissionClosesAt,
            Map<Milestone, LocalDate> milestones,
            String reason) {
    }

    /** The schedule after the change: the window's close and every milestone, with the reason. */
    public record RoundScheduleChangedEvent(
            String roundId,
            Instant previousSubmissionClosesAt,
            Instant submissionClosesAt,
            Map<Milestone, LocalDate> milestones,
            String reason,
            Instant changedAt) {
    }

    /** 접수 마감: the submission window closed; fired by the round's own deadline. */
    public record SubmissionWindowClosedEvent(String roundId, Instant closedAt) {
    }
}
