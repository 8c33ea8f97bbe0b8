package kr.smartcity.registry.command.certification;

import java.time.Instant;
import java.time.LocalDate;

import kr.smartcity.registry.command.api.Seoul;

/**
 * 유효기간: a certification is valid for two years from its award date (Ⅱ 2023년 공모계획, "인증
 * 유효기간 2년"), the last valid day included; its re-review opens three months before it ends.
 */
record Validity(LocalDate from, LocalDate until) {

    static final int YEARS = 2;
    static final int RE_REVIEW_MONTHS_AHEAD = 3;

    /**
     * The award day counts (the certificate takes effect at 00:00), so the period ends the day
     * before the anniversary; with no such day (an award on 29 February) it ends on the last day
     * of that month (민법 제160조 ③).
     */
    static Validity twoYearsFrom(LocalDate awardedOn) {
        LocalDate anniversary = awardedOn.plusYears(YEARS);
        boolean noCorrespondingDay = anniversary.getDayOfMonth() != awardedOn.getDayOfMonth();
        return new Validity(awardedOn, noCorrespondingDay ? anniversary : anniversary.minusDays(1));
    }

    /** The first moment (00:00 KST) the certification is no longer valid. */
    Instant endsAt() {
        return until.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant();
    }

    /** 재심사 착수 시점: three months before the end. */
    Instant reReviewOpensAt() {
        return until.plusDays(1).minusMonths(RE_REVIEW_MONTHS_AHEAD).atStartOfDay(Seoul.ZONE).toInstant();
    }
}
