package kr.smartcity.registry.web.opendata;

import java.io.IOException;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.smartcity.registry.web.api.ApiError;

/**
 * Answers 429 with Retry-After to a client that has used up its allowance of the public API, so one client cannot
 * crowd out the others. The client is the remote address, which is the X-Forwarded-For client only when the server
 * is told it sits behind a trusted proxy (server.forward-headers-strategy). Signed-in staff are not counted: this
 * filter runs after Spring Security, which has checked who they are.
 */
final class PublicApiRateLimit extends OncePerRequestFilter {

    private final ClientBuckets buckets;

    PublicApiRateLimit(ClientBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getUserPrincipal() != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = buckets.take(request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
        } else {
            tooManyRequests(response, Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    private void tooManyRequests(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        new ApiError("rate_limited", "요청이 너무 많습니다. " + retryAfterSeconds + "초 후에 다시 시도하세요. "
                + "/ Too many requests: try again in " + retryAfterSeconds + " seconds.")
                .writeTo(response, HttpStatus.TOO_MANY_REQUESTS.value());
    }
}
