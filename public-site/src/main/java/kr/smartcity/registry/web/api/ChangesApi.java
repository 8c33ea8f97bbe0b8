package kr.smartcity.registry.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import kr.smartcity.registry.query.api.RegistryQueries.FindLatestRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.FindRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChange;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChanges;

/**
 * What changed in the public registry (DESIGN.md §6): since a given time as JSON pages, for systems that keep a
 * copy in step ({@code next} is the {@code since} of the following page); the latest as an Atom feed for people's
 * feed readers.
 */
@RestController
class ChangesApi {

    private static final int MAX_LIMIT = 500;
    private static final int FEED_SIZE = 50;
    private static final MediaType ATOM = new MediaType(MediaType.APPLICATION_ATOM_XML, StandardCharsets.UTF_8);

    private final QueryGateway queries;
    private final AtomFeed feed;

    ChangesApi(QueryGateway queries, AtomFeed feed) {
        this.queries = queries;
        this.feed = feed;
    }

    /** {@code since}: an ISO-8601 instant or date-time with offset, e.g. {@code 2024-06-01T09:00:00+09:00}. */
    @GetMapping("/api/v1/changes")
    RegistryChanges changes(@RequestParam(required = false) String since,
                            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit는 1~" + MAX_LIMIT + " / 1 <= limit <= " + MAX_LIMIT);
        }
        return queries.query(new FindRegistryChangesQuery(instant(since), limit), RegistryChanges.class).join();
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> feed() {
        List<RegistryChange> latest = queries.query(new FindLatestRegistryChangesQuery(FEED_SIZE),
                ResponseTypes.multipleInstancesOf(RegistryChange.class)).join();
        return ResponseEntity.ok()
                .contentType(ATOM)
                .body(feed.of(latest, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            throw malformedSince();
        }
        try {
            return OffsetDateTime.parse(since.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw malformedSince();
        }
    }

    private static InvalidRequestException malformedSince() {
        return new InvalidRequestException("since는 2024-06-01T00:00:00Z 또는 2024-06-01T09:00:00+09:00 형식입니다 "
                + "(+는 %2B로). / since takes an ISO-8601 instant or date-time with offset, e.g. 2024-06-01T00:00:00Z "
                + "or 2024-06-01T09:00:00+09:00 (+ sent as %2B).");
    }
}
