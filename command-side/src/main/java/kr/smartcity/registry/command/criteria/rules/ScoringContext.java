package kr.smartcity.registry.command.criteria.rules;

import java.time.LocalDate;

/**
 * Dates the rules count from: recency windows run back from the application date (신청일 기준), and certificates
 * must be valid on the submission deadline (3.1.2.1). Dates are in Asia/Seoul.
 */
public record ScoringContext(LocalDate applicationDate, LocalDate submissionDeadline) {

    /** True if {@code date} lies within the last {@code years} years up to the application date, both ends included. */
    public boolean withinYears(LocalDate date, int years) {
        return !date.isBefore(applicationDate.minusYears(years)) && !date.isAfter(applicationDate);
    }
}
