package kr.smartcity.registry.web.api;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;

/** Public REST API v1: the registry of certified services (DESIGN.md §6). */
@RestController
@RequestMapping("/api/v1/certifications")
class CertificationsApi {

    private static final int MAX_PAGE_SIZE = 100;

    private final QueryGateway queries;

    CertificationsApi(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    CertificationPage list(@RequestParam(required = false) ServiceField field,
                           @RequestParam(required = false) ServiceLevel level,
                           @RequestParam(required = false) CertificationStatus status,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) String region,
                           @RequestParam(required = false) String q,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("page는 0 이상, size는 1~" + MAX_PAGE_SIZE + " / page >= 0 and 1 <= size <= "
                    + MAX_PAGE_SIZE);
        }
        return queries.query(new FindCertificationsQuery(field, level, status, year, region, q, page, size),
                CertificationPage.class).join();
    }

    @GetMapping("/{number}")
    CertificationDetail one(@PathVariable String number) {
        return queries.query(new FindCertificationQuery(number),
                        ResponseTypes.optionalInstanceOf(CertificationDetail.class)).join()
                .orElseThrow(() -> unknown(number));
    }

    static NotFoundException unknown(String number) {
        return new NotFoundException("등록되지 않은 인증번호입니다: " + number + " / No certificate with number " + number + ".");
    }
}
