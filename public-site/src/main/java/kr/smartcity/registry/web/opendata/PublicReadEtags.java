package kr.smartcity.registry.web.opendata;

import java.io.InputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An ETag from the body of each public read, and 304 to a matching If-None-Match. Runs after Spring Security so that
 * it can leave alone what signed-in users get: it would hold back a staff event stream until the stream ends. Only
 * answers that declared a Cache-Control other than no-store get one (Spring Security's no-store comes later).
 */
final class PublicReadEtags extends ShallowEtagHeaderFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        return !read || request.getUserPrincipal() != null;
    }

    @Override
    protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int status,
                                        InputStream body) {
        return response.getHeader(HttpHeaders.CACHE_CONTROL) != null
                && super.isEligibleForEtag(request, response, status, body);
    }
}
