package kr.smartcity.registry.web.api;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * No API request is larger than any form of the registry needs: a body declared larger than the limit is answered
 * 413 before anything reads it (the connector swallows what was sent, see {@code server.tomcat.max-swallow-size}),
 * instead of being parsed into memory first.
 */
final class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= maxBytes) {
            chain.doFilter(request, response);
            return;
        }
        long kilobytes = maxBytes / 1024;
        new ApiError("too_large", "요청 본문이 너무 큽니다 (최대 " + kilobytes + " KB). / The request body is too large "
                + "(at most " + kilobytes + " KB).").writeTo(response, HttpStatus.CONTENT_TOO_LARGE.value());
    }
}
