package kr.smartcity.registry.web.pages;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import kr.smartcity.registry.query.api.RegistryQueries.CertificationDetail;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationQuery;

/** A certification of the public registry by its number; an unknown number is the site's 404. */
@Component
class RegisteredCertifications {

    private final QueryGateway queries;

    RegisteredCertifications(QueryGateway queries) {
        this.queries = queries;
    }

    CertificationDetail byNumber(String number) {
        return queries.query(new FindCertificationQuery(number),
                        ResponseTypes.optionalInstanceOf(CertificationDetail.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
