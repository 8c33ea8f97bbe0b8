package kr.smartcity.registry.web.pages;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.smartcity.registry.query.api.RegistryQueries.CountRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChangeCount;
import kr.smartcity.registry.web.readside.RebuildingReadModels;

/**
 * 인증 서비스 목록 as rendered, kept per registry version, language and query: until the registry changes, the page
 * is the same for every visitor who is not signed in, and rendering it (every facet, twenty rows) costs many times
 * the query, which the query side already keeps ({@code RegistryAnswers}). A kept page is used for at most {@link #FRESH_FOR}, because
 * the footer's daily digest changes without the registry. Left alone: signed-in users, {@code ?lang=} (it sets the
 * language cookie), answers other than 200, and every request while read models are rebuilt (the page says so).
 */
final class RegistryPageCache extends OncePerRequestFilter {

    static final String PATH = "/certifications";
    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    /** Facet combinations are many; beyond this a version's further pages are rendered each time. */
    static final int MAX_PAGES = 2_000;
    /**
     * The headers the page's handler sets, given again with a kept page (its type and language are kept apart: the
     * servlet container holds them outside its headers). Spring Security's headers come from its own filter.
     */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY);

    private record Kept(byte[] body, String contentType, Locale language, Map<String, List<String>> headers,
                        Instant at) {
    }

    private record Generation(long registryVersion, ConcurrentMap<String, Kept> pages) {
    }

    private final QueryGateway queries;
    private final LocaleResolver languages;
    private final RebuildingReadModels rebuilding;
    private final Clock clock;
    private volatile Generation generation = new Generation(-1, new ConcurrentHashMap<>());

    RegistryPageCache(QueryGateway queries, LocaleResolver languages, RebuildingReadModels rebuilding, Clock clock) {
        this.queries = queries;
        this.languages = languages;
        this.rebuilding = rebuilding;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))
                || request.getUserPrincipal() != null
                || request.getParameter("lang") != null
                || !rebuilding.now().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConcurrentMap<String, Kept> pages = pagesOf(registryVersion());
        String key = languages.resolveLocale(request).getLanguage() + "?" + request.getQueryString();
        Kept kept = pages.get(key);
        if (kept != null && kept.at().plus(FRESH_FOR).isAfter(clock.instant())) {
            give(kept, response);
            return;
        }
        ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendering);
        if (rendering.getStatus() == HttpStatus.OK.value() && pages.size() < MAX_PAGES) {
            pages.put(key, new Kept(rendering.getContentAsByteArray(), rendering.getContentType(), rendering.getLocale(),
                    headersOf(rendering), clock.instant()));
        }
        rendering.copyBodyToResponse();
    }

    private long registryVersion() {
        return queries.query(new CountRegistryChangesQuery(), RegistryChangeCount.class).join().changes();
    }

    /**
     * The pages kept for this version of the registry; a newer version starts afresh. A request that saw an older
     * version than another already did renders into a map that is not kept: its page may predate that version.
     */
    private ConcurrentMap<String, Kept> pagesOf(long registryVersion) {
        Generation current = generation;
        if (current.registryVersion() > registryVersion) {
            return new ConcurrentHashMap<>();
        }
        if (current.registryVersion() < registryVersion) {
            current = new Generation(registryVersion, new ConcurrentHashMap<>());
            generation = current;
        }
        return current.pages();
    }

    private static Map<String, List<String>> headersOf(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            List<String> values = new ArrayList<>(response.getHeaders(name));
            if (!values.isEmpty()) {
                headers.put(name, values);
            }
        }
        return headers;
    }

    private static void give(Kept kept, HttpServletResponse response) throws IOException {
        response.setLocale(kept.language());
        response.setContentType(kept.contentType());
        kept.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentLength(kept.body().length);
        response.getOutputStream().write(kept.body());
    }
}
