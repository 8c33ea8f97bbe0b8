package kr.smartcity.registry.command.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;

class CriteriaCatalog2023Test {

    private final CriteriaVersion criteria = CriteriaCatalog.onClasspath().version("2023");

    /** Every allotment of 참고 1 (criteria-reference §6, §12), one per scoring slot. */
    private static final Map<String, String> MAX_POINTS = maxPoints(
            "1.1.1.1=3 1.1.2.1=3 1.2.1.1=4 1.2.2.1=2 1.2.2.2=2 1.2.3.1=2 1.2.3.2=2 1.3.1.1=3 1.3.2.1=3 1.3.2.2=3"
            + " 1.3.3.1=3"
            + " 2.1.1.1=3 2.1.1.2=3 2.1.1.3=3 2.1.1.4=3 2.1.2.1=3 2.1.2.2=3 2.1.2.3=4 2.1.2.4=4 2.1.2.5=3"
            + " 2.1.2.6=5 2.1.3.1=4 2.1.3.2=4 2.1.3.3=4 2.1.3.4=4"
            + " 2.2.1.1=25 2.2.2.1=3 2.2.2.2=3 2.2.3.1=3 2.2.3.2=3 2.2.3.3=3 2.2.3.4=3 2.2.4.1=3 2.2.4.2=4"
            + " 2.3.1.1=25 2.3.2.1=3 2.3.2.2=3 2.3.2.3=2 2.3.2.4=2 2.3.3.1=3 2.3.4.1=3 2.3.5.1=2 2.3.5.2=2"
            + " 2.3.5.3=2 2.3.5.4=3"
            + " 3.1.1.1=2 3.1.1.2=3 3.1.2.1=3 3.2.1.1=2 3.2.2.1=2 3.2.3.1=2 3.2.4.1=2 3.3.1.1=2 3.3.2.1=2");

    private static Map<String, String> maxPoints(String pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : pairs.split(" ")) {
            String[] parts = pair.split("=");
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    @Test
    @DisplayName("54 scoring slots: area 1 has 11, area 2 has 14 (L1) + 9 (L2) + 11 (L3), area 3 has 9")
    void slotCounts() {
        Map<String, Long> perItem = criteria.slotCodes().stream()
                .collect(Collectors.groupingBy(code -> code.startsWith("2.") ? code.substring(0, 3)
                        : code.substring(0, 1), LinkedHashMap::new, Collectors.counting()));
        assertThat(criteria.slotCodes()).hasSize(54);
        assertThat(perItem).containsExactly(Map.entry("1", 11L), Map.entry("2.1", 14L), Map.entry("2.2", 9L),
                Map.entry("2.3", 11L), Map.entry("3", 9L));
        assertThat(criteria.indicators()).as("rows, both specialised variants counted").hasSize(56);
    }

    @Test
    @DisplayName("every indicator's max points match 참고 1, in catalog order")
    void everyMaxPoint() {
        Map<String, String> actual = new LinkedHashMap<>();
        criteria.indicators().forEach(i -> actual.put(i.code(), i.maxPoints().toString()));
        assertThat(actual).containsExactlyEntriesOf(MAX_POINTS);
    }

    @ParameterizedTest
    @EnumSource(ServiceLevel.class)
    @DisplayName("a transport or environment/energy service can reach exactly 100 at each level")
    void totalsAreOneHundredAtEachLevel(ServiceLevel level) {
        for (ServiceField field : List.of(ServiceField.TRANSPORT, ServiceField.ENVIRONMENT_ENERGY)) {
            Points total = Points.sum(criteria.indicatorsFor(level, field).stream().map(Indicator::maxPoints).toList());
            assertThat(total).as(level + " " + field).isEqualTo(Points.of(100));
        }
        assertThat(criteria.maxTotal()).isEqualTo(Points.of(100));
    }

    @Test
    @DisplayName("area maxima 30/50/20, 과락 minimums 15/30/10, pass mark 70")
    void areasMinimumsAndPassMark() {
        assertThat(criteria.areas()).extracting(Area::code, a -> a.maxPoints().toString(),
                a -> a.minimumPoints().toString(), Area::nameKo).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", "30", "15", "스마트도시 부합성"),
                        org.assertj.core.groups.Tuple.tuple("2", "50", "30", "구성 및 기능"),
                        org.assertj.core.groups.Tuple.tuple("3", "20", "10", "운영"));
        assertThat(criteria.passMark()).isEqualTo(Points.of(70));
    }

    @Test
    @DisplayName("area 2 item subtotals: L1 12+22+16, L2 25+6+12+7, L3 25+10+3+3+9")
    void areaTwoSubItemTotals() {
        Area area = criteria.area("2").orElseThrow();
        assertThat(subItemMaxima(area, ServiceLevel.L1)).containsExactly("12", "22", "16");
        assertThat(subItemMaxima(area, ServiceLevel.L2)).containsExactly("25", "6", "12", "7");
        assertThat(subItemMaxima(area, ServiceLevel.L3)).containsExactly("25", "10", "3", "3", "9");
    }

    private static List<String> subItemMaxima(Area area, ServiceLevel level) {
        return area.itemsFor(level).stream().flatMap(i -> i.subItems().stream())
                .map(s -> s.maxPoints().toString()).toList();
    }

    @Test
    @DisplayName("2.1.1.4 and 2.1.2.6 take the variant of the applicant's field; other fields get neither (max 42)")
    void specialisedVariantsByField() {
        assertThat(criteria.indicator("2.1.1.4", ServiceLevel.L1, ServiceField.TRANSPORT).orElseThrow().textKo())
                .contains("교통");
        assertThat(criteria.indicator("2.1.2.6", ServiceLevel.L1, ServiceField.ENVIRONMENT_ENERGY).orElseThrow()
                .textKo()).contains("환경‧에너지");
        assertThat(criteria.indicator("2.1.1.4", ServiceLevel.L1, ServiceField.HOUSING)).isEmpty();
        Points housingArea2 = Points.sum(criteria.indicatorsFor(ServiceLevel.L1, ServiceField.HOUSING).stream()
                .filter(i -> i.code().startsWith("2.")).map(Indicator::maxPoints).toList());
        assertThat(housingArea2).isEqualTo(Points.of(42));
    }

    @Test
    @DisplayName("2.2.1.1 and 2.3.1.1 are derived as 1/2 of the level below; committee-only and mixed indicators are marked")
    void derivedAndCommitteeIndicators() {
        Indicator inheritedL1 = criteria.indicator("2.2.1.1", ServiceLevel.L2, ServiceField.TRANSPORT).orElseThrow();
        assertThat(inheritedL1.inheritance()).contains(new Inheritance(ServiceLevel.L1, 1, 2));
        assertThat(criteria.indicator("2.3.1.1", ServiceLevel.L3, ServiceField.TRANSPORT).orElseThrow().inheritance())
                .contains(new Inheritance(ServiceLevel.L2, 1, 2));
        assertThat(criteria.indicators().filter(i -> i.assessment() == Assessment.COMMITTEE).map(Indicator::code))
                .containsExactly("1.2.3.2");
        assertThat(criteria.indicators().filter(i -> i.assessment() == Assessment.RULE_OR_COMMITTEE)
                .map(Indicator::code)).containsExactly("1.1.1.1", "1.1.2.1", "1.2.1.1", "1.2.2.1", "1.3.2.1",
                        "1.3.2.2", "3.1.2.1", "3.2.1.1");
    }

    @Test
    @DisplayName("indicators carry sheet, Korean text, English gloss, levels and evidence")
    void indicatorDetails() {
        Indicator awareness = criteria.indicator("1.1.1.1", ServiceLevel.L3, ServiceField.TRANSPORT).orElseThrow();
        assertThat(awareness.sheet()).isEqualTo("S-111");
        assertThat(awareness.textKo()).isEqualTo("해당서비스 도입 및 운영을 시민이 인지하고 있다.");
        assertThat(awareness.textEn()).startsWith("Citizens are aware");
        assertThat(awareness.levels()).containsExactlyInAnyOrder(ServiceLevel.values());
        assertThat(awareness.evidence()).hasSize(3).first().asString().startsWith("설문조사 보고서");
        assertThat(criteria.indicators()).allSatisfy(i -> assertThat(i.sheet()).matches("S-\\d{3}"));
    }

    @Test
    void anUnknownVersionIsNotFound() {
        CriteriaCatalog catalog = CriteriaCatalog.onClasspath();
        assertThat(catalog.find("1999")).isEmpty();
        assertThat(catalog.find("../2023")).isEmpty();
        assertThatThrownBy(() -> catalog.version("1999")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("1999");
    }
}
