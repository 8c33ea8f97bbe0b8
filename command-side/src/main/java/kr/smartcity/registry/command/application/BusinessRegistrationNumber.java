package kr.smartcity.registry.command.application;

import java.util.regex.Pattern;

/**
 * 사업자등록번호: ten digits written 123-45-67890, the last one a check digit computed by the
 * National Tax Service rule (weights 1,3,7,1,3,7,1,3,5 and the carry of the ninth digit × 5).
 */
public final class BusinessRegistrationNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}-?\\d{2}-?\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

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

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }
}
