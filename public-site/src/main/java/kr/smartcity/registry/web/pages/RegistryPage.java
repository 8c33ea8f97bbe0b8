package kr.smartcity.registry.web.pages;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.RegistryQueries.CertificationPage;
import kr.smartcity.registry.query.api.RegistryQueries.CountByRegionQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegionCounts;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryOrder;

/**
 * 인증 서비스 목록: the registry with its facets (level, field, status, award year, and region by 시도 with the count
 * of each under the other filters), text search and order, page by page. A filter the registry does not know (say {@code level=L9}) is answered with the form and its error, as 400.
 */
@Controller
class RegistryPage {

    private static final int PAGE_SIZE = 20;
    /** Certifications kept in the registry go back to the first awards of 2017. */
    private static final int FIRST_AWARD_YEAR = 2017;

    private final QueryGateway queries;
    private final Clock clock;

    RegistryPage(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @ModelAttribute("levels")
    ServiceLevel[] levels() {
        return ServiceLevel.values();
    }

    @ModelAttribute("fields")
    ServiceField[] fields() {
        return ServiceField.values();
    }

    @ModelAttribute("statuses")
    CertificationStatus[] statuses() {
        return CertificationStatus.values();
    }

    @ModelAttribute("orders")
    RegistryOrder[] orders() {
        return RegistryOrder.values();
    }

    @ModelAttribute("years")
    List<Integer> years() {
        return IntStream.iterate(Year.now(clock).getValue(), year -> year >= FIRST_AWARD_YEAR, year -> year - 1)
                .boxed().toList();
    }

    @GetMapping("/certifications")
    String list(@Valid @ModelAttribute("filter") RegistryFilter filter, BindingResult errors, Model model,
                HttpServletResponse response) {
        model.addAttribute("regions", queries.query(new CountByRegionQuery(filter.query(PAGE_SIZE)),
                RegionCounts.class).join());
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "certifications";
        }
        CertificationPage results = queries.query(filter.query(PAGE_SIZE), CertificationPage.class).join();
        model.addAttribute("results", results);
        model.addAttribute("pager", Pager.of(filter.getPage(), results.totalItems(), PAGE_SIZE, filter::url));
        return "certifications";
    }
}
