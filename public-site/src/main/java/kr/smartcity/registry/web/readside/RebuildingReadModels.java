package kr.smartcity.registry.web.readside;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatus;
import kr.smartcity.registry.query.api.ProjectionMessages.ProjectionStatusQuery;

/**
 * Which read models are being rebuilt right now, asked at most every few seconds: while one replays, what it
 * answers is incomplete, and the site says so instead of passing it off as the whole registry.
 */
@Component
public class RebuildingReadModels {

    private static final Logger log = LoggerFactory.getLogger(RebuildingReadModels.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(2);

    private record Seen(Instant at, List<String> names) {
    }

    private final QueryGateway queries;
    private final Clock clock;
    private volatile Seen seen = new Seen(Instant.MIN, List.of());

    public RebuildingReadModels(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The names of the projections replaying now; empty when none is, or when no query node answers. */
    public List<String> now() {
        Seen last = seen;
        Instant now = clock.instant();
        if (last.at().plus(FRESH_FOR).isAfter(now)) {
            return last.names();
        }
        List<String> names;
        try {
            names = queries.query(new ProjectionStatusQuery(), ResponseTypes.multipleInstancesOf(ProjectionStatus.class))
                    .join().stream().filter(status -> status.rebuild() != null).map(ProjectionStatus::name).toList();
        } catch (RuntimeException e) {
            log.debug("Projection status unavailable", e);
            names = List.of();
        }
        seen = new Seen(now, names);
        return names;
    }
}
