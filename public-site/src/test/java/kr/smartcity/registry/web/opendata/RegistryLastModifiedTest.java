package kr.smartcity.registry.web.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import kr.smartcity.registry.query.api.RegistryQueries.CountRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChangeCount;
import kr.smartcity.registry.web.MovableClock;

/** Last-Modified is when this node first saw the registry's version, on a clock the test moves. */
class RegistryLastModifiedTest {

    private static final Instant T0 = Instant.parse("2026-11-25T00:00:00.300Z");

    private final QueryGateway queries = mock(QueryGateway.class);
    private final MovableClock clock = new MovableClock(T0);
    private final RegistryLastModified lastModified = new RegistryLastModified(queries, clock);

    private void version(long changes) {
        when(queries.query(any(CountRegistryChangesQuery.class), any(Class.class)))
                .thenReturn(CompletableFuture.completedFuture(new RegistryChangeCount(changes)));
    }

    private MockHttpServletResponse get(String... headers) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/certifications");
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        lastModified.preHandle(request, response, new Object());
        return response;
    }

    @Test
    void theDateIsWhenTheVersionWasFirstSeenAndIsLeftOutWithinThatSecond() {
        version(7);
        assertThat(get().getHeader("Last-Modified")).isNull();
        clock.set(T0.plusMillis(900));
        assertThat(get().getDateHeader("Last-Modified")).isEqualTo(T0.toEpochMilli() / 1000 * 1000);

        clock.set(T0.plusSeconds(30));
        version(8);
        assertThat(get().getHeader("Last-Modified")).isNull();
        clock.set(T0.plusSeconds(31));
        assertThat(get().getDateHeader("Last-Modified")).isEqualTo(T0.plusSeconds(30).toEpochMilli() / 1000 * 1000);
    }

    @Test
    void ifModifiedSinceTheSameDateIsNotModifiedUnlessIfNoneMatchIsThere() {
        version(7);
        get();
        clock.set(T0.plusSeconds(5));
        String date = get().getHeader("Last-Modified");

        assertThat(get("If-Modified-Since", date).getStatus()).isEqualTo(304);
        MockHttpServletResponse withEtag = get("If-Modified-Since", date, "If-None-Match", "\"stale\"");
        assertThat(withEtag.getStatus()).isEqualTo(200);
        assertThat(withEtag.getHeader("Last-Modified")).isEqualTo(date);

        version(8);
        assertThat(get("If-Modified-Since", date).getStatus()).isEqualTo(200);
    }
}
