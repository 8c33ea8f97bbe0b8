package kr.smartcity.registry.web.opendata;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kr.smartcity.registry.query.api.RegistryQueries.CountRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChangeCount;

/**
 * Last-Modified of answers made from the registry, and 304 to an If-Modified-Since no older than it. The date is when
 * this node first saw the registry's current version (its count of changes), not an event's time: events reach the
 * read model late and not in the order of their times, and If-Modified-Since needs a date that moves on with every
 * change. Dates are whole seconds, so the header is left out until the second after the version was first seen: a
 * later version then always gets a later date.
 */
final class RegistryLastModified implements HandlerInterceptor {

    private record Seen(long version, Instant at) {
    }

    private final QueryGateway queries;
    private final Clock clock;
    private final AtomicReference<Seen> seen = new AtomicReference<>(new Seen(-1, Instant.MIN));

    RegistryLastModified(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        Instant asked = clock.instant();
        long version = queries.query(new CountRegistryChangesQuery(), RegistryChangeCount.class).join().changes();
        Instant changed = seen.updateAndGet(last -> last.version() == version ? last
                : new Seen(version, clock.instant())).at();
        // A later version is first seen after this question was asked, so it is dated in the question's second or
        // later (on any node with a synchronised clock): a date before that second belongs to this version only.
        if (changed.getEpochSecond() >= asked.getEpochSecond()) {
            return true;
        }
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
            // With If-None-Match, If-Modified-Since is ignored (RFC 9110 §13.1.3): the ETag filter answers.
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, changed.toEpochMilli());
            return true;
        }
        return !new ServletWebRequest(request, response).checkNotModified(changed.toEpochMilli());
    }
}
