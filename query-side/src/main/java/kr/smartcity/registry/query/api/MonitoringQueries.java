package kr.smartcity.registry.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ProposedAction;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

/**
 * The monitoring schedule (모니터링 일정) of certifications in force, for monitoring staff, the ministry, the operator and
 * the admin: re-reviews coming due, overdue ones, expiries, and when each certification was last checked.
 */
public final class MonitoringQueries {

    private MonitoringQueries() {
    }

    /**
     * The schedule as it stands on {@code today} (a Seoul date, from the caller's clock): re-reviews falling due from
     * today to 90 days ahead and not opened yet; re-reviews whose due date has passed without one opening; validities
     * ending from today to 30 and to 90 days ahead (the 90-day list includes the 30-day one); and every certification in
     * force by its last check, never-checked ones first. Both ends of every window count.
     */
    public record FindMonitoringScheduleQuery(LocalDate today) {
    }

    /** Where a certification's re-review (재심사) stands. */
    public enum ReReviewStage {
        /** Not opened yet: it falls due on {@code reReviewDueOn}. */
        NOT_OPENED,
        /** 재심사 중. */
        OPEN,
        /** Passed: a successor certificate continues this one. */
        RENEWED,
        /** Did not pass: the certification lapses at the end of its validity. */
        FAILED
    }

    /**
     * One certification on the schedule. {@code reReviewDueOn} is the day its re-review opens by itself (three months
     * before the validity ends); {@code lastCheckedOn} is null if it was never checked.
     */
    public record ScheduledCertification(
            String certificateNumber,
            String serviceNameKo,
            String serviceNameEn,
            List<String> holderNames,
            ServiceField field,
            ServiceLevel level,
            CertificationStatus status,
            LocalDate validFrom,
            LocalDate validUntil,
            LocalDate reReviewDueOn,
            ReReviewStage reReview,
            LocalDate lastCheckedOn,
            String successorNumber) {
    }

    public record MonitoringSchedule(
            LocalDate today,
            List<ScheduledCertification> reReviewsDue,
            List<ScheduledCertification> reReviewsOverdue,
            List<ScheduledCertification> expiringWithin30Days,
            List<ScheduledCertification> expiringWithin90Days,
            List<ScheduledCertification> byLastCheck) {
    }

    /** The monitoring checks of one certification, newest first; empty when the number is unknown. */
    public record FindMonitoringChecksQuery(String certificateNumber) {
    }

    /** One check (모니터링 점검): what was checked, whether the requirements are still met, and who checked. */
    public record MonitoringCheck(
            LocalDate checkedOn,
            String scope,
            boolean requirementsMet,
            String findings,
            List<String> attachments,
            String checkedBy) {
    }

    public record CertificationChecks(
            String certificateNumber,
            String serviceNameKo,
            CertificationStatus status,
            LocalDate lastCheckedOn,
            List<MonitoringCheck> checks) {
    }

    /**
     * 제안된 조치: monitoring staff's proposals that await the ministry, oldest first, for monitoring staff, the
     * ministry and the admin. {@code certificateNumber} null lists every open one, else that certification's only.
     */
    public record FindProposedActionsQuery(String certificateNumber) {
    }

    /** An open proposal with the certification's current status; {@code proposedBy} is the proposer's account. */
    public record ProposedActionItem(
            String certificateNumber,
            String serviceNameKo,
            CertificationStatus status,
            ProposedAction action,
            String reason,
            String proposedBy,
            Instant proposedAt) {
    }
}
