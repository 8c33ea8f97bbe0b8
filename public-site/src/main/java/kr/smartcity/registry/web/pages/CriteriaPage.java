package kr.smartcity.registry.web.pages;

import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import kr.smartcity.registry.command.api.CriteriaQueries.CriteriaView;
import kr.smartcity.registry.command.api.CriteriaQueries.FindCriteriaQuery;

/** 평가 기준: the criteria of a call presented as the seed does, areas, items, indicators and points. */
@Controller
class CriteriaPage {

    /** The version of the current call, shown at /criteria. */
    static final String CURRENT_VERSION = "2023";

    private final QueryGateway queries;

    CriteriaPage(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/criteria")
    String current(Model model) {
        return version(CURRENT_VERSION, model);
    }

    @GetMapping("/criteria/{version}")
    String version(@PathVariable String version, Model model) {
        Optional<CriteriaView> criteria = queries.query(new FindCriteriaQuery(version),
                ResponseTypes.optionalInstanceOf(CriteriaView.class)).join();
        model.addAttribute("criteria", criteria.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "criteria";
    }
}
