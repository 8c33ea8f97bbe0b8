package kr.smartcity.registry.web.staff;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Refusal;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A staff page's query for one thing: one that may not be the viewer's (a case, its scorecard, its history), or one
 * a command has just created. The query side refuses a case that exists but is not the viewer's; to a page that is
 * the same as no such case, so the page answers "not found" and tells nothing about it. Anything else that fails goes
 * on to the error page.
 */
@Component
public class StaffQueries {

    private final QueryGateway queries;

    StaffQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public <R> Optional<R> one(Object query, Class<R> type) {
        try {
            return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof QueryExecutionException refused && refused.getDetails()
                    .filter(Refusal.class::isInstance).map(Refusal.class::cast)
                    .filter(refusal -> refusal.kind() == Refusal.Kind.FORBIDDEN).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Waits, {@code wait} at most, for what a command just created to reach the read model that the next page reads,
     * so the page the user is sent to finds it: the query's answer if it is there already, else its first update. If
     * it is still not there, that page answers "not found" until it is.
     */
    public <R> void awaitArrival(Object query, Class<R> type, Duration wait) {
        try (SubscriptionQueryResult<Optional<R>, R> arrival = queries.subscriptionQuery(query,
                ResponseTypes.optionalInstanceOf(type), ResponseTypes.instanceOf(type))) {
            Flux.concat(arrival.initialResult().flatMap(Mono::justOrEmpty), arrival.updates()).next().block(wait);
        } catch (RuntimeException slow) {
            // Not there in time: the page says "not found" for a moment, the lists show it soon after.
        }
    }
}
