package kr.smartcity.registry.web.security;

import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 계속 사용: the request itself extends the session; back to the staff page it came from (never to another site). */
@Controller
class SessionKeepAlive {

    /**
     * A path of this site's staff pages. Possessive: a repeated group would otherwise recurse once per path segment,
     * and a long hostile "/staff/a/a/…" would overflow the stack.
     */
    private static final Pattern STAFF_PAGE = Pattern.compile("/staff(?:/[A-Za-z0-9._~-]++)*+/?");

    @PostMapping("/staff/session")
    String extend(@RequestParam(defaultValue = "/staff") String returnTo) {
        boolean staffPage = STAFF_PAGE.matcher(returnTo).matches();
        return "redirect:" + (staffPage ? returnTo : "/staff") + "?extended";
    }
}
