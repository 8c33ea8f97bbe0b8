package kr.smartcity.registry.query.rounds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.Milestone;
import kr.smartcity.registry.command.api.ServiceField;

/** One announced round and its current schedule. */
@Document("rounds")
record RoundDocument(
        @Id String roundId,
        String criteriaVersion,
        Set<ServiceField> eligibleFields,
        Instant submissionOpensAt,
        Instant submissionClosesAt,
        Map<Milestone, LocalDate> milestones,
        boolean windowClosed) {

    RoundDocument rescheduled(Instant closesAt, Map<Milestone, LocalDate> newMilestones) {
        return new RoundDocument(roundId, criteriaVersion, eligibleFields, submissionOpensAt, closesAt,
                Map.copyOf(newMilestones), windowClosed);
    }

    RoundDocument closed() {
        return new RoundDocument(roundId, criteriaVersion, eligibleFields, submissionOpensAt, submissionClosesAt,
                milestones, true);
    }
}
