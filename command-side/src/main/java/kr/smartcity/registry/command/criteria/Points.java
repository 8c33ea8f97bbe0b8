package kr.smartcity.registry.command.criteria;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * 점수: an exact number of points, held in hundredths so that sums never drift (69.5 stays 69.5).
 * Catalog allotments are whole or half points; hundredths leave room for derived scores such as
 * 0.5 × the mean of three constituent services, which are rounded down (see {@link #shareOf}).
 */
public record Points(long hundredths) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public static Points of(long whole) {
        return new Points(Math.multiplyExact(whole, 100));
    }

    /** Parses "3", "2.5" or "23.75"; more than two decimals is refused rather than rounded. */
    public static Points parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of points: '" + text + "'", e);
        }
        try {
            return new Points(value.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("points have at most two decimals: '" + text + "'", e);
        }
    }

    public static Points sum(Collection<Points> points) {
        return points.stream().reduce(ZERO, Points::plus);
    }

    /**
     * numerator/denominator of the arithmetic mean of {@code scores}, rounded DOWN to 0.01 so a derived
     * score never exceeds its exact value (5할 of the mean: share 1/2, S-221 / S-231).
     */
    public static Points shareOf(Collection<Points> scores, int numerator, int denominator) {
        if (scores.isEmpty()) {
            return ZERO;
        }
        long total = sum(scores).hundredths;
        long divisor = Math.multiplyExact((long) denominator, scores.size());
        return new Points(Math.floorDiv(Math.multiplyExact(total, numerator), divisor));
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(hundredths, other.hundredths));
    }

    public Points minus(Points other) {
        return new Points(Math.subtractExact(hundredths, other.hundredths));
    }

    public Points times(long factor) {
        return new Points(Math.multiplyExact(hundredths, factor));
    }

    public Points atMost(Points ceiling) {
        return compareTo(ceiling) > 0 ? ceiling : this;
    }

    public Points atLeastZero() {
        return isNegative() ? ZERO : this;
    }

    public boolean isAtLeast(Points other) {
        return compareTo(other) >= 0;
    }

    public boolean isNegative() {
        return hundredths < 0;
    }

    public boolean isPositive() {
        return hundredths > 0;
    }

    /** True for whole and half points, the only values the seed uses for allotments. */
    public boolean isWholeOrHalf() {
        return hundredths % 50 == 0;
    }

    public BigDecimal toBigDecimal() {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(hundredths, other.hundredths);
    }

    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
