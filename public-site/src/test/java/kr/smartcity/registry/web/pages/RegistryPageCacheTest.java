package kr.smartcity.registry.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import kr.smartcity.registry.query.api.RegistryQueries.CountRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChangeCount;
import kr.smartcity.registry.web.MovableClock;
import kr.smartcity.registry.web.readside.RebuildingReadModels;

/** The registry page is rendered once per registry version, language and query, and given again until one moves. */
class RegistryPageCacheTest {

    private final QueryGateway queries = mock(QueryGateway.class);
    private final RebuildingReadModels rebuilding = mock(RebuildingReadModels.class);
    private final AtomicInteger renders = new AtomicInteger();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T01:00:00Z"));
    private int status = HttpServletResponse.SC_OK;
    private RegistryPageCache cache;

    @BeforeEach
    void setUp() {
        CookieLocaleResolver languages = new CookieLocaleResolver("registry-lang");
        languages.setDefaultLocale(Locale.KOREAN);
        cache = new RegistryPageCache(queries, languages, rebuilding, clock);
        when(rebuilding.now()).thenReturn(List.of());
        registryVersion(1);
    }

    private void registryVersion(long changes) {
        when(queries.query(any(CountRegistryChangesQuery.class), any(Class.class)))
                .thenReturn(CompletableFuture.completedFuture(new RegistryChangeCount(changes)));
    }

    /** Stands for the page's handler: every rendering says which one it is. */
    private final FilterChain page = (request, response) -> {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(status);
        http.setLocale(request.getLocale());
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader("Cache-Control", "no-cache");
        http.addHeader("Vary", "Cookie");
        http.getWriter().write("인증 서비스 목록 #" + renders.incrementAndGet());
    };

    private MockHttpServletResponse get(String query, Cookie... cookies) throws ServletException, IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/certifications");
        request.setQueryString(query);
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
            }
        }
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, page);
        return response;
    }

    @Test
    void theSamePageIsGivenAgainWithItsTypeAndCachingHeadersWhileTheRegistryStaysTheSame() throws Exception {
        MockHttpServletResponse first = get("field=TRANSPORT&level=L2");
        MockHttpServletResponse again = get("field=TRANSPORT&level=L2");

        assertThat(renders).hasValue(1);
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString()).endsWith("#1");
        assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(again.getHeaders("Vary")).containsExactly("Cookie");
        assertThat(again.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
    }

    @Test
    void aChangeOfTheRegistryRendersThePageAgain() throws Exception {
        get("level=L1");
        registryVersion(2);

        assertThat(get("level=L1").getContentAsString()).endsWith("#2");
        assertThat(get("level=L1").getContentAsString()).endsWith("#2");
    }

    @Test
    void eachQueryAndEachLanguageHasItsOwnPage() throws Exception {
        get("level=L1");
        get("level=L2");
        get("level=L1", new Cookie("registry-lang", "en"));

        assertThat(renders).hasValue(3);
        assertThat(get("level=L1", new Cookie("registry-lang", "en")).getContentAsString()).endsWith("#3");
    }

    @Test
    void aKeptPageIsRenderedAgainAfterAMinuteForTheDailyDigestInItsFooter() throws Exception {
        get(null);
        clock.set(clock.instant().plus(RegistryPageCache.FRESH_FOR));

        assertThat(get(null).getContentAsString()).endsWith("#2");
    }

    @Test
    void signedInUsersALanguageSwitchAndARebuildAreAlwaysRendered() throws Exception {
        get("level=L1");

        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/certifications");
        signedIn.setQueryString("level=L1");
        signedIn.setUserPrincipal(() -> "operator");
        cache.doFilter(signedIn, new MockHttpServletResponse(), page);
        get("level=L1&lang=en");
        when(rebuilding.now()).thenReturn(List.of("registry"));
        get("level=L1");

        assertThat(renders).hasValue(4);
    }

    @Test
    void onlyAPageAnsweredWithOkIsKept() throws Exception {
        status = HttpServletResponse.SC_BAD_REQUEST;
        get("level=L9");
        MockHttpServletResponse again = get("level=L9");

        assertThat(renders).hasValue(2);
        assertThat(again.getStatus()).isEqualTo(400);
    }

    @Test
    void aPageRenderedForAnOlderVersionThanOneAlreadySeenIsNotKept() throws Exception {
        registryVersion(5);
        get("level=L1");
        registryVersion(4);
        get("level=L2");
        registryVersion(5);

        assertThat(get("level=L2").getContentAsString()).endsWith("#3");
        assertThat(get("level=L1").getContentAsString()).endsWith("#1");
    }
}
