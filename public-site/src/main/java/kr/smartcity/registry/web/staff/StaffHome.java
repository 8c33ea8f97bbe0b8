package kr.smartcity.registry.web.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 업무 화면: where a signed-in account lands, with a link to each workspace its roles open. */
@Controller
class StaffHome {

    @GetMapping("/staff")
    String home() {
        return "staff/home";
    }
}
