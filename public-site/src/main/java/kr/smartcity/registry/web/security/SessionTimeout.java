package kr.smartcity.registry.web.security;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import kr.smartcity.registry.command.api.Seoul;

/**
 * WCAG 2.2.1 (timing adjustable): a staff session ends after {@code server.servlet.session.timeout} without a request,
 * so every staff page says when, and offers "계속 사용", a plain form ({@link SessionKeepAlive}) (a
 * script, /js/session.js, only counts down and warns two minutes before).
 */
@ControllerAdvice(basePackages = "kr.smartcity.registry.web.staff")
class SessionTimeout {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Clock clock;

    SessionTimeout(Clock clock) {
        this.clock = clock;
    }

    /** The time (Korean) the session ends if nothing more is asked, or null without a signed-in session. */
    @ModelAttribute("sessionEndsAt")
    String sessionEndsAt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null || session.getMaxInactiveInterval() <= 0) {
            return null;
        }
        return clock.instant().plusSeconds(session.getMaxInactiveInterval()).atZone(Seoul.ZONE).format(CLOCK_TIME);
    }

    @ModelAttribute("sessionSeconds")
    Integer sessionSeconds(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getMaxInactiveInterval();
    }
}
