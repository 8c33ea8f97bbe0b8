package kr.smartcity.registry.web.api;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.query.api.RegistryQueries.Verification;
import kr.smartcity.registry.query.api.RegistryQueries.VerifyCertificateQuery;

/** Public REST API v1: 진위확인, the live status of a certificate number (DESIGN.md §6). */
@RestController
class VerifyApi {

    private final QueryGateway queries;

    VerifyApi(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/verify/{number}")
    Verification verify(@PathVariable String number) {
        return queries.query(new VerifyCertificateQuery(number), ResponseTypes.optionalInstanceOf(Verification.class))
                .join()
                .orElseThrow(() -> CertificationsApi.unknown(number));
    }
}
