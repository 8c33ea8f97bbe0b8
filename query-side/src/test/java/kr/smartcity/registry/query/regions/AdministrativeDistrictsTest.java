package kr.smartcity.registry.query.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.query.regions.AdministrativeDistricts.Province;

/** The shipped 행정구역 base data: the 17 시도 with Korean and English names, and regions resolved to them. */
class AdministrativeDistrictsTest {

    private final AdministrativeDistricts districts = new AdministrativeDistricts();

    @Test
    void theShippedFileHasTheSeventeenProvincesInCodeOrder() {
        assertThat(districts.provinces()).extracting(Province::code).containsExactly("11", "26", "27", "28", "29",
                "30", "31", "36", "41", "43", "44", "46", "47", "48", "50", "51", "52");
        assertThat(districts.provinces()).contains(new Province("51", "강원특별자치도", "Gangwon"),
                new Province("52", "전북특별자치도", "Jeonbuk"));
        assertThat(districts.provinces()).allSatisfy(province -> assertThat(province.nameEn()).isNotBlank());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "서울특별시 강남구|11", "서울 강남구|11", "서울특별시강남구|11", "Seoul|11", "세종특별자치시|36", "세종시|36",
        "수원시|41", "경기도 수원시 장안구|41", "광주시|41", "광주 광산구|29", "광주광역시|29", "강원도 춘천시|51",
        "춘천시|51", "전주시|52", "전라북도 전주시|52", "군위군|27", "김해시|48", "경주시|47", "청주시|43",
        "인천 제물포구|28", "중구 을지로|", "고성군|", "강원 고성군|51", "(가상) 해운대구|26", "Atlantis|"})
    void aRegionResolvesToItsProvinceByItsFirstWordThatNamesOne(String region, String code) {
        assertThat(districts.resolve(region).map(Province::code).orElse(null)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "서울특별시", "서울", "seoul"})
    void aProvinceIsFoundByItsCodeNameOrAlias(String asked) {
        assertThat(districts.province(asked).map(Province::code)).contains("11");
    }

    @Test
    void aDistrictOfAnUnlistedProvinceIsRefused() {
        assertThatThrownBy(() -> new AdministrativeDistricts(List.of("11\t서울특별시\tSeoul\t", "99110\t어딘가\t\t")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("99110");
    }
}
