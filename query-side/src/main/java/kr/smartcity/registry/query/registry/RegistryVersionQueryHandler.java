package kr.smartcity.registry.query.registry;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.project;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.query.api.RegistryQueries.RegistryVersion;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryVersionQuery;

/**
 * The registry's version is the number of steps in all its entries' histories: each change the projection takes in
 * appends exactly one, so the count grows with every change, whatever the events' own times say.
 */
@Component
public class RegistryVersionQueryHandler {

    private final MongoTemplate mongo;

    public RegistryVersionQueryHandler(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    RegistryVersion handle(RegistryVersionQuery query) {
        var steps = newAggregation(project().and("history").size().as("steps"), group().sum("steps").as("changes"));
        Document total = mongo.aggregate(steps, RegistryEntry.COLLECTION, Document.class).getUniqueMappedResult();
        return new RegistryVersion(total == null ? 0 : total.get("changes", Number.class).longValue());
    }
}
