package kr.smartcity.registry.web.pages;

import java.util.List;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationPage;
import kr.smartcity.registry.query.api.RegistryQueries.FindCertificationsQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryOrder;
import kr.smartcity.registry.query.api.StatisticsQueries.CertificationCount;
import kr.smartcity.registry.query.api.StatisticsQueries.Statistics;
import kr.smartcity.registry.query.api.StatisticsQueries.StatisticsQuery;

/** 홈: what the certification is, its three levels, how many services hold one now, and the latest awards. */
@Controller
class HomePage {

    private static final int LATEST = 6;

    private final QueryGateway queries;

    HomePage(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String home(Model model) {
        List<CertificationCount> active = queries.query(new StatisticsQuery(), Statistics.class).join()
                .certifications().stream()
                .filter(count -> count.status() == CertificationStatus.ACTIVE)
                .toList();
        model.addAttribute("levels", ServiceLevel.values());
        model.addAttribute("active", CountTable.of(List.of(ServiceField.values()), List.of(ServiceLevel.values()),
                active, CertificationCount::field, CertificationCount::level));
        model.addAttribute("latest", queries.query(
                new FindCertificationsQuery(null, null, null, null, null, null, RegistryOrder.NEWEST, 0, LATEST), CertificationPage.class)
                .join().items());
        return "home";
    }
}
