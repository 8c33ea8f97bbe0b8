package kr.smartcity.registry.command.api;

import java.time.Instant;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Messages of a certification round (공모). */
public final class RoundMessages {

    private RoundMessages() {
    }

    /** 공모 공고: announce a round with its criteria version, fields and submission window. */
    public record AnnounceRoundCommand(
            @TargetAggregateIdentifier String roundId,
            String criteriaVersion,
            Set<ServiceField> eligibleFields,
            Instant submissionOpensAt,
            Instant submissionClosesAt) {
    }

    public record RoundAnnouncedEvent(
            String roundId,
            String criteriaVersion,
            Set<ServiceField> eligibleFields,
            Instant submissionOpensAt,
            Instant submissionClosesAt) {
    }

    /** 접수 마감: the submission window closed; fired by the round's own deadline. */
    public record SubmissionWindowClosedEvent(String roundId, Instant closedAt) {
    }
}
