package kr.smartcity.registry.query.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The documents of one collection as a projection sees them while it handles a batch of events: a read finds
 * what the batch itself changed, else what is stored (each document fetched once per batch); the batch's
 * changes go to MongoDB together, in one bulk write, as the batch commits. A replay of ten thousand events
 * thus costs a few round trips instead of two per event. Outside a batch (a handler called directly) each
 * write goes straight to MongoDB.
 */
public final class DocumentBatch<T> {

    private static final String WRITERS = DocumentBatch.class.getName() + "/writers";

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final Function<T, String> idOf;
    private final String resourceKey;

    public DocumentBatch(MongoTemplate mongo, Class<T> type, Function<T, String> idOf) {
        this.mongo = mongo;
        this.type = type;
        this.idOf = idOf;
        this.resourceKey = DocumentBatch.class.getName() + "/" + type.getName();
    }

    /** The document as this batch left it, or as stored; empty when there is none. */
    public Optional<T> find(String id) {
        Pending<T> pending = pending();
        if (pending == null) {
            return Optional.ofNullable(mongo.findById(id, type));
        }
        return pending.seen.computeIfAbsent(id, key -> Optional.ofNullable(mongo.findById(key, type)));
    }

    /** Writes the whole document, replacing any stored under its id. */
    public void save(T document) {
        Pending<T> pending = pending();
        if (pending == null) {
            mongo.save(document);
            return;
        }
        String id = idOf.apply(document);
        pending.seen.put(id, Optional.of(document));
        pending.changed.put(id, document);
    }

    /**
     * Writes the changed copy of the document under this id. As an update that matches nothing, it leaves a
     * missing document missing; a change that changes nothing writes nothing.
     */
    public void change(String id, UnaryOperator<T> change) {
        find(id).ifPresent(document -> {
            T changed = change.apply(document);
            if (!changed.equals(document)) {
                save(changed);
            }
        });
    }

    /**
     * Writes what every document batch of this unit of work has pending. {@link BatchWrites} calls it after the
     * batch's last event; whatever is left is written as the unit of work commits.
     */
    static void writeAll(UnitOfWork<?> batch) {
        List<Runnable> writers = batch.root().getResource(WRITERS);
        if (writers != null) {
            writers.forEach(Runnable::run);
        }
    }

    private Pending<T> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        Pending<T> pending = batch.getResource(resourceKey);
        if (pending == null) {
            Pending<T> created = new Pending<>();
            batch.resources().put(resourceKey, created);
            batch.<List<Runnable>>getOrComputeResource(WRITERS, key -> new ArrayList<>()).add(() -> write(created));
            batch.onPrepareCommit(unitOfWork -> write(created));
            pending = created;
        }
        return pending;
    }

    private void write(Pending<T> pending) {
        if (pending.changed.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        pending.changed.forEach((id, document) -> bulk.replaceOne(Query.query(Criteria.where("_id").is(id)),
                document, FindAndReplaceOptions.options().upsert()));
        bulk.execute();
        pending.changed.clear();
    }

    /** What one batch has read and changed; the changes in the order they were made. */
    private static final class Pending<T> {
        private final Map<String, Optional<T>> seen = new HashMap<>();
        private final Map<String, T> changed = new LinkedHashMap<>();
    }
}
