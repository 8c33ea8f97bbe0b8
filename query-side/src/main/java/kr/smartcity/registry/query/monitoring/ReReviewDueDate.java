package kr.smartcity.registry.query.monitoring;

import java.time.LocalDate;

/**
 * 재심사 착수일: the day a certification's re-review opens by itself, three months before its validity ends, counted
 * back from the day after the last valid day. The command side opens it at 00:00 Seoul time of this day
 * ({@code command.certification.Validity#reReviewOpensAt}); that rule is not part of {@code command.api}, so the read
 * side states it here, once, and the monitoring tests pin it.
 */
final class ReReviewDueDate {

    static final int MONTHS_AHEAD = 3;

    private ReReviewDueDate() {
    }

    /** E.g. valid until 2025-12-14 → due 2025-09-15; until 2026-05-30 → due 2026-02-28 (no 31 February). */
    static LocalDate of(LocalDate validUntil) {
        return validUntil.plusDays(1).minusMonths(MONTHS_AHEAD);
    }
}
