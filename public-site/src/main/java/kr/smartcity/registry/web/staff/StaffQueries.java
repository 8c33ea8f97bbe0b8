package kr.smartcity.registry.web.staff;

import java.util.Optional;
import java.util.concurrent.CompletionException;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Refusal;

/**
 * A staff page's query for one thing that may not be the viewer's (a case, its scorecard, its history). The query
 * side refuses a case that exists but is not the viewer's; to a page that is the same as no such case, so the page
 * answers "not found" and tells nothing about it. Anything else that fails goes on to the error page.
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
}
