package kr.smartcity.registry.web.staff.operator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** 신청 건: one case with the forms its state opens. */
@Controller
class OperatorCasePage {

    private final CaseView view;

    OperatorCasePage(CaseView view) {
        this.view = view;
    }

    @GetMapping("/staff/operator/applications/{id}")
    String show(@PathVariable String id, Model model) {
        return view.show(id, model);
    }
}
