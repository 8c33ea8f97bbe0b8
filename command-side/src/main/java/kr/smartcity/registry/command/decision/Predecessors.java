package kr.smartcity.registry.command.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The certification a re-review application reviews, acted on by the re-review's decision in the
 * same unit of work, so the decision and the predecessor's new state commit together or not at all.
 * Resolved as a handler parameter.
 */
public interface Predecessors {

    /** A re-review case opens only for a certification under re-review; refuses otherwise. */
    void requireUnderReReview(String certificateNumber);

    /** 재인증: answers the successor's first day, the day after the predecessor's last valid day (no gap). */
    LocalDate renew(String previousCertificateNumber, String successorNumber, Instant at);

    /** The re-review failed: the predecessor stays in force until its end, then lapses. */
    void reReviewFailed(String previousCertificateNumber, String reason, Instant at);
}
