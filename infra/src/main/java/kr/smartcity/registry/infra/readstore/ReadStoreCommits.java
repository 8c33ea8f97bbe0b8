package kr.smartcity.registry.infra.readstore;

import java.util.concurrent.locks.ReentrantLock;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Commits the embedded read store once per processed batch, after the batch's documents and its
 * tracking token are written, so a file on disk always holds a state where every token matches
 * the documents written before it. A crash loses at most whole batches, which the processors
 * then replay (projections write whole documents, so a replay rewrites them the same).
 * Batches of all processors take turns, so a commit never catches another batch half-written.
 */
public class ReadStoreCommits implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String HOLDS_TURN = ReadStoreCommits.class.getName();

    private final ReentrantLock turn = new ReentrantLock();
    private final H2Backend backend;

    ReadStoreCommits(H2Backend backend) {
        this.backend = backend;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        UnitOfWork<?> batch = unitOfWork.root();
        if (batch.resources().putIfAbsent(HOLDS_TURN, Boolean.TRUE) == null) {
            turn.lock();
            batch.afterCommit(u -> backend.commit());
            batch.onCleanup(u -> turn.unlock());
        }
        return chain.proceed();
    }

    /**
     * Runs a change made outside any batch (a projection's reset, which Axon runs in the caller's thread) in a turn
     * of its own and commits it whole, so no other batch's commit catches it half done.
     */
    public void commitAfter(Runnable change) {
        turn.lock();
        try {
            change.run();
            backend.commit();
        } finally {
            turn.unlock();
        }
    }
}
