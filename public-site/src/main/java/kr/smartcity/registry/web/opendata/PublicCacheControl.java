package kr.smartcity.registry.web.opendata;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cache-Control of the registry's own answers. Whatever a signed-in user gets is never stored. What a visitor who is
 * not signed in reads is public (security lets such a visitor read nothing else): API data any cache may keep for
 * {@link #DATA_MAX_AGE}; pages are revalidated every time, because they show the live registry in the language the
 * cookie chose. Static files are the resource handler's (spring.web.resources.cache.*); the rest keeps Spring
 * Security's default, no-store.
 */
final class PublicCacheControl implements HandlerInterceptor {

    static final Duration DATA_MAX_AGE = Duration.ofSeconds(60);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        if (request.getUserPrincipal() != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        } else if (isRead(request) && isData(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL,
                    CacheControl.maxAge(DATA_MAX_AGE).cachePublic().getHeaderValue());
        } else if (isRead(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        }
        return true;
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    /** The API and the Atom feed, as opposed to pages. */
    private static boolean isData(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/feed.atom");
    }
}
