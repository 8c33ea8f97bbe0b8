package kr.smartcity.registry.web.pages;

import java.util.TreeMap;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import kr.smartcity.registry.query.api.RegistryQueries.CertificationDetail;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationQuery;

/**
 * 인증 서비스 상세: one certified service with its holders, area scores, validity, status and public history, and
 * its certificate; an unknown number is a 404 page.
 */
@Controller
class ServicePage {

    private final QueryGateway queries;

    ServicePage(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/certifications/{number}")
    String show(@PathVariable String number, Model model) {
        CertificationDetail certification = queries.query(new FindCertificationQuery(number),
                        ResponseTypes.optionalInstanceOf(CertificationDetail.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("certification", certification);
        model.addAttribute("areaScores", new TreeMap<>(certification.areaScores()));
        model.addAttribute("timeline", certification.history().stream().map(TimelineStep::of).toList());
        return "certification";
    }
}
