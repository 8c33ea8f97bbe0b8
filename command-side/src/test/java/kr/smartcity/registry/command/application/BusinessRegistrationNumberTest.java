package kr.smartcity.registry.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 별지 제3호 사업자등록번호: the check digit of the National Tax Service. */
class BusinessRegistrationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62517", "2208162517", "124-81-00998", "120-81-47521"})
    void acceptsNumbersWhoseCheckDigitHolds(String number) {
        assertThat(BusinessRegistrationNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"220-81-62518", "124-81-00990", "12-345-67890", "abc-de-fghij", "", "220-81-6251"})
    void refusesWrongCheckDigitsAndFormats(String number) {
        assertThat(BusinessRegistrationNumber.isValid(number)).isFalse();
    }
}
