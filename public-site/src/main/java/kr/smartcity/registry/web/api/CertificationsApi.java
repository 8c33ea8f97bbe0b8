package kr.smartcity.registry.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationDetail;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationPage;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationSummary;
import kr.smartcity.registry.query.api.RegistryQueries.CountByRegionQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegionCounts;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryOrder;

/**
 * Public REST API v1: the registry of certified services (DESIGN.md §6), as JSON pages and as one CSV file with
 * the same filters and order. The CSV holds at most {@value #MAX_CSV_ROWS} rows; {@code X-Total-Count} says how
 * many matched, so a caller can tell when to narrow the filters.
 */
@RestController
@RequestMapping("/api/v1")
class CertificationsApi {

    private static final int MAX_CSV_ROWS = 10_000;
    private static final String TOTAL_COUNT = "X-Total-Count";
    /** The JSON list's field names, in its order. */
    private static final List<String> CSV_HEADER = List.of("certificateNumber", "serviceNameKo", "serviceNameEn",
            "holderName", "field", "level", "status", "validFrom", "validUntil", "totalScore");

    private final QueryGateway queries;

    CertificationsApi(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * The filters and order of both lists, bound from the query string; {@code sort} is one of {@code newest} (the
     * default), {@code oldest}, {@code name}, {@code score}, {@code expiry}.
     */
    record RegistryRequest(ServiceField field, ServiceLevel level, CertificationStatus status, Integer year,
                           String region, String q, String sort) {

        FindCertificationsQuery page(int page, int size) {
            return new FindCertificationsQuery(field, level, status, year, region, q, order(), page, size);
        }

        private RegistryOrder order() {
            if (sort == null || sort.isBlank()) {
                return RegistryOrder.NEWEST;
            }
            try {
                return RegistryOrder.valueOf(sort.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String orders = Arrays.stream(RegistryOrder.values())
                        .map(order -> order.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "));
                throw new InvalidRequestException("sort는 " + orders + " 중 하나입니다. / sort is one of " + orders + ".");
            }
        }
    }

    @GetMapping("/certifications")
    CertificationPage list(RegistryRequest request, @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return queries.query(request.page(page, size), CertificationPage.class).join();
    }

    /**
     * 시도별 건수: the region facet, each 시도 of the 행정구역 base data with its code (the list's {@code region}) and
     * the count the list's other filters find in it, and the count whose region names no known 시도.
     */
    @GetMapping("/certifications/regions")
    RegionCounts regions(RegionCountRequest request) {
        return queries.query(new CountByRegionQuery(request.within()), RegionCounts.class).join();
    }

    /** The list's filters that a region facet counts under: all but the region and the order. */
    record RegionCountRequest(ServiceField field, ServiceLevel level, CertificationStatus status, Integer year,
                              String q) {

        FindCertificationsQuery within() {
            return new FindCertificationsQuery(field, level, status, year, null, q, null, 0, 1);
        }
    }

    @GetMapping("/certifications.csv")
    ResponseEntity<byte[]> csv(RegistryRequest request) {
        CertificationPage rows = queries.query(request.page(0, MAX_CSV_ROWS), CertificationPage.class).join();
        return Csv.download("certifications.csv")
                .header(TOTAL_COUNT, String.valueOf(rows.totalItems()))
                .body(Csv.of(CSV_HEADER, rows.items(), CertificationsApi::cells));
    }

    @GetMapping("/certifications/{number}")
    CertificationDetail one(@PathVariable String number) {
        return queries.query(new FindCertificationQuery(number),
                        ResponseTypes.optionalInstanceOf(CertificationDetail.class)).join()
                .orElseThrow(() -> unknown(number));
    }

    static NotFoundException unknown(String number) {
        return new NotFoundException("등록되지 않은 인증번호입니다: " + number + " / No certificate with number " + number + ".");
    }

    private static List<?> cells(CertificationSummary row) {
        return Arrays.asList(row.certificateNumber(), row.serviceNameKo(), row.serviceNameEn(), row.holderName(),
                row.field(), row.level(), row.status(), row.validFrom(), row.validUntil(), row.totalScore());
    }
}
