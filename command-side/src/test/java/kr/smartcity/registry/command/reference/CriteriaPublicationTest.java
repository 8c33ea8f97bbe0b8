package kr.smartcity.registry.command.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.FindCriteriaQuery;
import kr.smartcity.registry.command.api.CriteriaQueries.IndicatorView;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;

/** The published 2023 criteria carry the seed's codes and points (참고 1 평가 세부지표). */
class CriteriaPublicationTest {

    private final CriteriaPublication publication = new CriteriaPublication(CriteriaCatalog.onClasspath());

    private CriteriaView criteria2023() {
        return publication.handle(new FindCriteriaQuery("2023")).orElseThrow();
    }

    @Test
    void areasCarryTheirPointsAndMinimums() {
        var areas = criteria2023().areas();
        assertThat(areas).extracting(a -> a.code() + " " + a.nameKo() + " " + a.maxPoints() + "/" + a.minimumPoints())
                .containsExactly("1 스마트도시 부합성 30/15", "2 구성 및 기능 50/30", "3 운영 20/10");
        assertThat(criteria2023().passMark()).isEqualByComparingTo("70");
    }

    @Test
    void everyScoringSlotIsPublishedWithItsSheetAndPoints() {
        var indicators = criteria2023().areas().stream().flatMap(a -> a.items().stream())
                .flatMap(i -> i.indicators().stream()).toList();
        // 54 scoring slots; 2.1.1.4 and 2.1.2.6 each have a transport and an environment/energy variant.
        assertThat(indicators.stream().map(IndicatorView::code).distinct()).hasSize(54);
        assertThat(indicators).hasSize(56);
        IndicatorView awareness = indicators.stream().filter(i -> i.code().equals("1.1.1.1")).findFirst().orElseThrow();
        assertThat(awareness.sheet()).isEqualTo("S-111");
        assertThat(awareness.maxPoints()).isEqualByComparingTo(BigDecimal.valueOf(3));
        assertThat(awareness.subItemCode()).isEqualTo("1.1.1");
        assertThat(awareness.levels()).containsExactly(ServiceLevel.L1, ServiceLevel.L2, ServiceLevel.L3);
    }

    @Test
    void specialisedIndicatorsArePublishedOncePerField() {
        var variants = criteria2023().areas().stream().flatMap(a -> a.items().stream())
                .flatMap(i -> i.indicators().stream()).filter(i -> i.code().equals("2.1.1.4")).toList();
        assertThat(variants).extracting(IndicatorView::specialization)
                .containsExactlyInAnyOrder(ServiceField.TRANSPORT, ServiceField.ENVIRONMENT_ENERGY);
    }

    @Test
    void anUnknownVersionIsEmpty() {
        assertThat(publication.handle(new FindCriteriaQuery("1999"))).isEmpty();
    }
}
