package kr.smartcity.registry.infra.readstore;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Health of the embedded read store, asked over the wire protocol with {@code ping}: Boot's
 * MongoDB indicator asks {@code hello}, which mongo-java-server does not know.
 */
class EmbeddedReadStoreHealth extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    EmbeddedReadStoreHealth(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.status(answer.get("ok", Number.class).intValue() == 1 ? "UP" : "DOWN")
                .withDetail("store", "embedded");
    }
}
