package kr.smartcity.registry.command.api;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Messages of an application (신청). */
public final class ApplicationMessages {

    private ApplicationMessages() {
    }

    /** 신청서 제출: handled by the round, which alone knows its window and fields. */
    public record SubmitApplicationCommand(
            @TargetAggregateIdentifier String roundId,
            String applicationId,
            Applicant representative,
            String serviceNameKo,
            String serviceNameEn,
            ServiceField field,
            ServiceLevel level,
            String region) {
    }

    public record ApplicationSubmittedEvent(
            String applicationId,
            String roundId,
            Applicant representative,
            String serviceNameKo,
            String serviceNameEn,
            ServiceField field,
            ServiceLevel level,
            String region,
            Instant submittedAt) {
    }
}
