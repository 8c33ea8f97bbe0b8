package kr.smartcity.registry.command.application;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import kr.smartcity.registry.command.basedata.BaseDataFile;

/**
 * 사업자등록번호: ten digits written 123-45-67890, the last one a check digit computed by the National Tax Service
 * rule: the weights of the first nine digits come from the shipped rule file ({@value #RULE}), then the carry of
 * the ninth digit × 5.
 */
public final class BusinessRegistrationNumber {

    static final String RULE = "basedata/business-registration-number-2026-11-26.txt";

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-?\\d{2}-?\\d{5}");
    private static final int[] WEIGHTS = weights(BaseDataFile.lines(RULE));

    private BusinessRegistrationNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null || !FORMAT.matcher(number).matches()) {
            return false;
        }
        String digits = number.replace("-", "");
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += digit(digits, i) * WEIGHTS[i];
        }
        sum += digit(digits, 8) * 5 / 10;
        int check = (10 - sum % 10) % 10;
        return check == digit(digits, 9);
    }

    /** The nine weights of a rule file's {@code weights} line; a file without nine of them cannot be the rule. */
    static int[] weights(List<String> lines) {
        int[] weights = lines.stream().map(String::strip).filter(line -> line.startsWith("weights "))
                .findFirst()
                .map(line -> Arrays.stream(line.substring("weights ".length()).strip().split("\\s+"))
                        .mapToInt(Integer::parseInt).toArray())
                .orElse(new int[0]);
        if (weights.length != 9) {
            throw new IllegalStateException(RULE + ": expected a line 'weights' with 9 weights");
        }
        return weights;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
