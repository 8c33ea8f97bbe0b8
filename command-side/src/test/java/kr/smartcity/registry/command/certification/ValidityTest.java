package kr.smartcity.registry.command.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.Seoul;

/** Ⅱ 2023년 공모계획: 인증 유효기간 2년, 재심사 (re-review opens three months ahead). */
class ValidityTest {

    @Test
    void validForTwoYearsFromTheAwardDateWithTheLastDayIncluded() {
        Validity validity = Validity.twoYearsFrom(LocalDate.of(2023, 12, 15));
        assertThat(validity.until()).isEqualTo(LocalDate.of(2025, 12, 14));
        assertThat(validity.endsAt()).isEqualTo(LocalDateTime.of(2025, 12, 15, 0, 0).atZone(Seoul.ZONE).toInstant());
    }

    @Test
    void anAwardOnALeapDayEndsOnTheLastDayOfFebruary() {
        assertThat(Validity.twoYearsFrom(LocalDate.of(2024, 2, 29)).until()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theReReviewOpensThreeMonthsBeforeTheEndAtMidnightKst() {
        Validity validity = Validity.twoYearsFrom(LocalDate.of(2023, 12, 15));
        assertThat(validity.reReviewOpensAt())
                .isEqualTo(LocalDateTime.of(2025, 9, 15, 0, 0).atZone(Seoul.ZONE).toInstant());
    }
}
