package kr.smartcity.registry.query.registry;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.project;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.RegistryQueries.CountRegistryChangesQuery;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChangeCount;

/**
 * Counts the steps in all registry entries' histories: each change the projection takes in appends exactly one, so
 * the count grows with every change, whatever the events' own times say. Counting reads every entry, so the count is
 * kept until {@link RegistryVersion} moves.
 */
@Component
public class RegistryChangeCountQueryHandler {

    private record Counted(long version, long changes) {
    }

    private final MongoTemplate mongo;
    private final RegistryVersion version;
    private volatile Counted counted = new Counted(-1, 0);

    public RegistryChangeCountQueryHandler(MongoTemplate mongo, RegistryVersion version) {
        this.mongo = mongo;
        this.version = version;
    }

    @QueryHandler
    RegistryChangeCount handle(CountRegistryChangesQuery query) {
        long current = version.current();
        Counted last = counted;
        if (last.version() != current) {
            // Read before counting: a change committed meanwhile moves the version, and the next question counts again.
            last = new Counted(current, count());
            counted = last;
        }
        return new RegistryChangeCount(last.changes());
    }

    private long count() {
        var steps = newAggregation(project().and("history").size().as("steps"), group().sum("steps").as("changes"));
        Document total = mongo.aggregate(steps, RegistryEntry.COLLECTION, Document.class).getUniqueMappedResult();
        return total == null ? 0 : total.get("changes", Number.class).longValue();
    }
}
