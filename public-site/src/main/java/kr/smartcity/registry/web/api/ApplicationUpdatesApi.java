package kr.smartcity.registry.web.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import reactor.core.Exceptions;

import kr.smartcity.registry.query.api.ApplicationQueries.ApplicationSummary;
import kr.smartcity.registry.query.api.ApplicationQueries.FindApplicationQuery;

/**
 * Staff API: one case, and a stream of where it stands after each change (server-sent events), so a staff page
 * refreshes when the case moves instead of being reloaded by hand. Who may see the case is the query's decision.
 */
@RestController
@RequestMapping("/api/v1/applications/{id}")
class ApplicationUpdatesApi {

    /** A page open longer than this reconnects (EventSource does so by itself). */
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);

    private final QueryGateway queries;

    ApplicationUpdatesApi(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    ApplicationSummary one(@PathVariable String id) {
        return queries.query(new FindApplicationQuery(id), ResponseTypes.optionalInstanceOf(ApplicationSummary.class))
                .join()
                .orElseThrow(() -> unknown(id));
    }

    /**
     * Event {@code application} with the case as it stands now, then again after every change. Not bound to
     * {@code text/event-stream}, so a refusal still answers as JSON.
     */
    @GetMapping("/updates")
    SseEmitter updates(@PathVariable String id) {
        SubscriptionQueryResult<Optional<ApplicationSummary>, ApplicationSummary> subscription =
                queries.subscriptionQuery(new FindApplicationQuery(id),
                        ResponseTypes.optionalInstanceOf(ApplicationSummary.class),
                        ResponseTypes.instanceOf(ApplicationSummary.class));
        ApplicationSummary now;
        try {
            now = subscription.initialResult().blockOptional().flatMap(found -> found)
                    .orElseThrow(() -> unknown(id));
        } catch (RuntimeException e) {
            subscription.cancel();
            throw Exceptions.unwrap(e) instanceof RuntimeException original ? original : e;
        }
        SseEmitter stream = new SseEmitter(STREAM_LIFETIME.toMillis());
        send(stream, now);
        subscription.updates().subscribe(update -> send(stream, update), stream::completeWithError);
        stream.onCompletion(subscription::cancel);
        stream.onTimeout(subscription::cancel);
        stream.onError(failure -> subscription.cancel());
        return stream;
    }

    private static void send(SseEmitter stream, ApplicationSummary summary) {
        try {
            stream.send(SseEmitter.event().name("application").data(summary, MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            stream.completeWithError(e); // the page went away
        }
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("신청을 찾을 수 없습니다: " + id + " / No application " + id + ".");
    }
}
