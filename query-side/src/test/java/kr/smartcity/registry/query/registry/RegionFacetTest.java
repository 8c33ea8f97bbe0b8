package kr.smartcity.registry.query.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.smartcity.registry.command.api.CertificationMessages.CertificationAwardedEvent;
import kr.smartcity.registry.command.api.CertificationMessages.CertifiedService;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.InProcessMongo;
import kr.smartcity.registry.query.api.RegistryQueries;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationSummary;
import kr.smartcity.registry.query.api.RegistryQueries.CountByRegionQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegionCount;
import kr.smartcity.registry.query.api.RegistryQueries.RegionCounts;
import kr.smartcity.registry.query.regions.AdministrativeDistricts;

/** The region facet and filter over the shipped 행정구역 base data: free-text regions counted and found by 시도. */
class RegionFacetTest {

    private final InProcessMongo mongo = new InProcessMongo();
    private final RegistryVersion version = new RegistryVersion();
    private final RegistryProjection projection = new RegistryProjection(mongo.template(), version);
    private final AdministrativeDistricts districts = new AdministrativeDistricts();
    private final RegistryQueryHandler list = new RegistryQueryHandler(mongo.template(),
            Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), Seoul.ZONE), version,
            new RegionFilter(mongo.template(), districts));
    private final RegionCountQueryHandler facet = new RegionCountQueryHandler(mongo.template(), districts, version);

    @BeforeEach
    void awardFive() {
        award("A-1", ServiceField.TRANSPORT, "서울특별시 강남구");
        award("A-2", ServiceField.TRANSPORT, "서울 마포구");
        award("A-3", ServiceField.HOUSING, "수원시");
        award("A-4", ServiceField.TRANSPORT, "세종특별자치시");
        award("A-5", ServiceField.TRANSPORT, "중구");
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void award(String number, ServiceField field, String region) {
        CertifiedService service = new CertifiedService(List.of("보유자"), "서비스 " + number, "Service " + number,
                field, ServiceLevel.L1, region, Map.of(), new BigDecimal("80"));
        LocalDate from = LocalDate.of(2024, 6, 1);
        projection.on(new CertificationAwardedEvent(number, null, null, service, from, from.plusYears(2), null, true),
                "event-" + number, Instant.parse("2024-06-01T00:00:00Z"));
    }

    private static FindCertificationsQuery query(ServiceField field, String region) {
        return new FindCertificationsQuery(field, null, null, null, region, null, null, 0, 20);
    }

    private List<String> numbers(String region) {
        return list.handle(query(null, region)).items().stream().map(CertificationSummary::certificateNumber)
                .sorted().toList();
    }

    private static long count(RegionCounts counts, String code) {
        return counts.provinces().stream().filter(found -> found.code().equals(code)).findFirst().orElseThrow()
                .count();
    }

    @Test
    void theFacetCountsEveryProvinceUnderTheOtherFiltersAndTheUnresolvedApart() {
        RegionCounts all = facet.handle(new CountByRegionQuery(query(null, "11")));
        assertThat(all.provinces()).hasSize(17).first()
                .isEqualTo(new RegionCount("11", "서울특별시", "Seoul", 2));
        assertThat(count(all, "41")).isEqualTo(1);
        assertThat(count(all, "36")).isEqualTo(1);
        assertThat(count(all, "26")).isZero();
        assertThat(all.unresolved()).isEqualTo(1);

        RegionCounts housing = facet.handle(new CountByRegionQuery(query(ServiceField.HOUSING, null)));
        assertThat(count(housing, "11")).isZero();
        assertThat(count(housing, "41")).isEqualTo(1);
        assertThat(housing.unresolved()).isZero();
    }

    @Test
    void aProvinceCodeOrNameFindsEveryRegionWrittenInItAndOtherTextMatchesAsWritten() {
        assertThat(numbers("11")).containsExactly("A-1", "A-2");
        assertThat(numbers("서울")).containsExactly("A-1", "A-2");
        assertThat(numbers("41")).containsExactly("A-3");
        assertThat(numbers("세종특별자치시")).containsExactly("A-4");
        assertThat(numbers("26")).isEmpty();
        assertThat(numbers(RegistryQueries.UNRESOLVED_REGION)).containsExactly("A-5");
        assertThat(numbers("수원시")).containsExactly("A-3");
        assertThat(numbers("서울 마포구")).containsExactly("A-2");
        assertThat(list.handle(query(ServiceField.TRANSPORT, "11")).totalItems()).isEqualTo(2);
    }
}
