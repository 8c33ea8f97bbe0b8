package kr.smartcity.registry.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 계속 사용: the request itself extends the session; back to the staff page it came from (never to another site). */
@Controller
class SessionKeepAlive {

    @PostMapping("/staff/session")
    String extend(@RequestParam(defaultValue = "/staff") String returnTo) {
        boolean staffPage = returnTo.matches("/staff(/[A-Za-z0-9._~-]+)*/?");
        return "redirect:" + (staffPage ? returnTo : "/staff") + "?extended";
    }
}
