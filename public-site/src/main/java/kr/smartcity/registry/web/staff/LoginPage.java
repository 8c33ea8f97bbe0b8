package kr.smartcity.registry.web.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 로그인: the form Spring Security's form login reads (fields {@code username}, {@code password}). */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
