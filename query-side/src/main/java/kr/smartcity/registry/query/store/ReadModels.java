package kr.smartcity.registry.query.store;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;

/** What every projection does to its own collections before a rebuild. */
public final class ReadModels {

    private ReadModels() {
    }

    /**
     * Empties the collections of these document types, with their declared indexes made anew: dropping a
     * collection costs one command where removing its documents costs one write per document.
     */
    public static void empty(MongoTemplate mongo, Class<?>... documentTypes) {
        IndexResolver declared = IndexResolver.create(mongo.getConverter().getMappingContext());
        for (Class<?> type : documentTypes) {
            if (mongo.collectionExists(type)) {
                mongo.dropCollection(type);
            }
            IndexOperations indexes = mongo.indexOps(type);
            declared.resolveIndexFor(type).forEach(indexes::createIndex);
        }
    }
}
