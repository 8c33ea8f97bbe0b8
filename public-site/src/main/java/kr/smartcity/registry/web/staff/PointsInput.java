package kr.smartcity.registry.web.staff;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Points typed into a staff form (자체평가, 채점): a number from 0 to the indicator's maximum with at most two
 * decimals, as the rules take them. The page checks this first to show the error beside the field; the command checks
 * the range again.
 */
public final class PointsInput {

    /** What is wrong with the points typed; each workspace words it in its own bundle. */
    public enum Problem { REQUIRED, NUMBER, RANGE, DECIMALS }

    private PointsInput() {
    }

    /** The points as a number, or null when blank or not a number. */
    public static BigDecimal parse(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Optional<Problem> check(String typed, BigDecimal maxPoints) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(Problem.REQUIRED);
        }
        BigDecimal value = parse(typed);
        if (value == null) {
            return Optional.of(Problem.NUMBER);
        }
        if (value.signum() < 0 || value.compareTo(maxPoints) > 0) {
            return Optional.of(Problem.RANGE);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(Problem.DECIMALS);
        }
        return Optional.empty();
    }
}
