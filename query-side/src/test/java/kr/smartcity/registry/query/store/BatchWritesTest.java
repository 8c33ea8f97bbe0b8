package kr.smartcity.registry.query.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.query.InProcessMongo;

/**
 * A batch's documents are written before its token: a tracking processor stores the token as the batch commits,
 * by a commit hook it registers at the batch's first event, so the documents must be in the store by then.
 */
class BatchWritesTest {

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

    @Test
    void theDocumentsOfABatchAreStoredWhenTheTokenIsWritten() throws Exception {
        List<EventMessage<?>> events = List.of(GenericEventMessage.asEventMessage("first"),
                GenericEventMessage.asEventMessage("second"));
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        List<Counter> storedWhenTheTokenIsWritten = new ArrayList<>();
        batch.executeWithResult(() -> {
            if (batch.isFirstMessage()) { // where the tracking processor registers its token write
                batch.onPrepareCommit(unitOfWork -> storedWhenTheTokenIsWritten.addAll(
                        mongo.template().findAll(Counter.class)));
            }
            return new DefaultInterceptorChain<>(batch, List.of(new BatchWrites()), message -> {
                counters.save(new Counter(message.getPayload().toString(), 1));
                return null;
            }).proceed();
        });

        assertThat(storedWhenTheTokenIsWritten).extracting(Counter::name).containsExactlyInAnyOrder("first", "second");
    }
}
