package kr.smartcity.registry.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Stops a sign-in the {@link LoginThrottle} refuses before its password is checked: the login form goes back to the
 * login page with a message, an HTTP Basic request gets 429 with Retry-After.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        Optional<String> account = form ? Optional.ofNullable(request.getParameter("username")) : basicAccount(request);
        Optional<Duration> refusal = account.flatMap(name -> throttle.refusal(name, request.getRemoteAddr()));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (refusal.get().toSeconds() + 59) / 60);
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refusal.get().toSeconds())));
            ApiSecurityErrors.write(response, 429, "too_many_sign_in_failures",
                    "로그인 실패가 너무 많습니다. " + minutes + "분 뒤 다시 시도하십시오. / Too many failed sign-ins; try again in "
                            + minutes + " minutes.");
        }
    }

    private static Optional<String> basicAccount(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
