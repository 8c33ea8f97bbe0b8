package kr.smartcity.registry.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.query.InProcessMongo;

/** A batch's documents against the real MongoDB wire protocol: written together at commit, never lost or torn. */
class DocumentBatchTest {

    @Document("counters")
    record Counter(@Id String name, int value) {
    }

    private final InProcessMongo mongo = new InProcessMongo();
    private final DocumentBatch<Counter> counters = new DocumentBatch<>(mongo.template(), Counter.class,
            Counter::name);

    @AfterEach
    void stop() {
        mongo.close();
    }

    private Counter stored(String name) {
        return mongo.template().findById(name, Counter.class);
    }

    private static UnitOfWork<?> batch() {
        return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
    }

    @Test
    void outsideABatchEachWriteGoesStraightToTheStore() {
        counters.save(new Counter("a", 1));
        assertThat(stored("a")).isEqualTo(new Counter("a", 1));
        assertThat(counters.find("a")).contains(new Counter("a", 1));
    }

    @Test
    void withinABatchReadsSeeTheBatchsOwnChangesAndTheStoreSeesThemOnlyAtCommit() {
        counters.save(new Counter("b", 5));
        UnitOfWork<?> batch = batch();
        counters.save(new Counter("a", 1));
        counters.save(counters.find("a").map(c -> new Counter("a", c.value() + 1)).orElseThrow());
        counters.save(counters.find("b").map(c -> new Counter("b", c.value() + 1)).orElseThrow());
        assertThat(counters.find("nothing")).isEmpty();
        assertThat(stored("a")).isNull();
        assertThat(stored("b").value()).isEqualTo(5);

        batch.commit();

        assertThat(stored("a")).isEqualTo(new Counter("a", 2));
        assertThat(stored("b")).isEqualTo(new Counter("b", 6));
    }

    @Test
    void aBatchRolledBackWritesNothing() {
        UnitOfWork<?> batch = batch();
        counters.save(new Counter("a", 1));
        batch.rollback();
        assertThat(stored("a")).isNull();
    }

    @Test
    void aChangeWritesTheChangedCopyAndLeavesAMissingDocumentMissing() {
        counters.save(new Counter("a", 1));
        UnitOfWork<?> batch = batch();
        counters.change("a", c -> new Counter("a", c.value() + 1));
        counters.change("a", c -> new Counter("a", c.value() + 1));
        counters.change("missing", c -> new Counter("missing", 9));
        batch.commit();

        assertThat(stored("a")).isEqualTo(new Counter("a", 3));
        assertThat(stored("missing")).isNull();
    }

    @Test
    void aChangeThatChangesNothingWritesNothing() {
        counters.save(new Counter("a", 1));
        UnitOfWork<?> batch = batch();
        counters.change("a", c -> new Counter(c.name(), c.value()));
        // Written behind the batch's back: still there after the commit only if the batch wrote nothing.
        mongo.template().save(new Counter("a", 7));
        batch.commit();

        assertThat(stored("a")).isEqualTo(new Counter("a", 7));
    }

    @Test
    void theNextBatchReadsWhatTheLastOneCommitted() {
        UnitOfWork<?> first = batch();
        counters.save(new Counter("a", 1));
        first.commit();
        UnitOfWork<?> second = batch();
        assertThat(counters.find("a")).contains(new Counter("a", 1));
        second.commit();
    }
}
