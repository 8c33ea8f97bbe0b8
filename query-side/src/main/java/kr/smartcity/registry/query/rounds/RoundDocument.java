package kr.smartcity.registry.query.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.query.api.RoundQueries.RoundSummary;

/** One round (공모); every change writes the whole document from the event, so a redelivered event changes nothing. */
@Document(RoundDocument.COLLECTION)
record RoundDocument(
        @Id String roundId,
        String criteriaVersion,
        Set<ServiceField> eligibleFields,
        Instant submissionOpensAt,
        Instant submissionClosesAt,
        Map<Milestone, LocalDate> milestones,
        boolean windowClosed,
        String lastChangeReason) {

    static final String COLLECTION = "rounds";

    /**
     * The fields in their declared order: an event's set arrives as a hash set, whose order differs from one JVM
     * to the next, so a rebuild elsewhere (a restored backup) would store the same round differently.
     */
    RoundDocument {
        eligibleFields = eligibleFields == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(eligibleFields));
    }

    RoundDocument rescheduled(Instant closesAt, Map<Milestone, LocalDate> newMilestones, String reason) {
        return new RoundDocument(roundId, criteriaVersion, eligibleFields, submissionOpensAt, closesAt,
                Map.copyOf(newMilestones), windowClosed, reason);
    }

    RoundDocument closed() {
        return new RoundDocument(roundId, criteriaVersion, eligibleFields, submissionOpensAt, submissionClosesAt,
                milestones, true, lastChangeReason);
    }

    RoundSummary summary() {
        return new RoundSummary(roundId, criteriaVersion, eligibleFields, submissionOpensAt, submissionClosesAt,
                milestones, windowClosed, lastChangeReason);
    }
}
