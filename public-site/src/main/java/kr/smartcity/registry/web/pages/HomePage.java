package kr.smartcity.registry.web.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import kr.smartcity.registry.command.api.ServiceLevel;

/** 홈: what the certification is, with its three levels. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("levels", ServiceLevel.values());
        return "home";
    }
}
