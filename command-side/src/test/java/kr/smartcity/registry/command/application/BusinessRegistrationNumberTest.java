package kr.smartcity.registry.command.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.smartcity.registry.command.basedata.BaseDataFile;

/** 별지 제3호 사업자등록번호: the check digit of the National Tax Service, its weights from the shipped rule file. */
class BusinessRegistrationNumberTest {

    @Test
    void theWeightsAreTheShippedRuleFiles() {
        assertThat(BusinessRegistrationNumber.weights(BaseDataFile.lines(BusinessRegistrationNumber.RULE)))
                .containsExactly(1, 3, 7, 1, 3, 7, 1, 3, 5);
        assertThat(BaseDataFile.lines(BusinessRegistrationNumber.RULE))
                .anyMatch(line -> line.startsWith("# Source:") && line.contains("국세청"))
                .anyMatch(line -> line.startsWith("# Date:"));
    }

    @Test
    void aRuleFileWithoutNineWeightsIsRefused() {
        assertThatThrownBy(() -> BusinessRegistrationNumber.weights(List.of("# no rule", "weights 1 3 7")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BusinessRegistrationNumber.weights(List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

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
