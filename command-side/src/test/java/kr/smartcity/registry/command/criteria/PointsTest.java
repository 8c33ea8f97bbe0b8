package kr.smartcity.registry.command.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void exactDecimalArithmetic() {
        Points sum = Points.sum(List.of(Points.parse("0.1"), Points.parse("0.2"), Points.parse("69.2")));
        assertThat(sum).isEqualTo(Points.parse("69.5"));
        assertThat(sum.isAtLeast(Points.of(70))).isFalse();
        assertThat(sum.plus(Points.parse("0.5")).isAtLeast(Points.of(70))).isTrue();
    }

    @Test
    void printsWithoutTrailingZeros() {
        assertThat(Points.parse("25.00")).hasToString("25");
        assertThat(Points.parse("2.50")).hasToString("2.5");
        assertThat(Points.parse("23.83")).hasToString("23.83");
    }

    @Test
    void refusesMoreThanTwoDecimalsAndNonNumbers() {
        assertThatThrownBy(() -> Points.parse("1.005")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Points.parse("three")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shareOfAMeanIsRoundedDown() {
        List<Points> scores = List.of(Points.of(47), Points.of(48), Points.of(48));
        assertThat(Points.shareOf(scores, 1, 2)).isEqualTo(Points.parse("23.83"));
        assertThat(Points.shareOf(List.of(Points.of(47), Points.of(44)), 1, 2)).isEqualTo(Points.parse("22.75"));
        assertThat(Points.shareOf(List.of(), 1, 2)).isEqualTo(Points.ZERO);
    }

    @Test
    void wholeOrHalf() {
        assertThat(Points.parse("2.5").isWholeOrHalf()).isTrue();
        assertThat(Points.parse("2.3").isWholeOrHalf()).isFalse();
    }
}
