package kr.smartcity.registry.query.store;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a batch's documents as soon as its last event is handled, before Axon stores the batch's token (which it
 * does as the batch commits). Where documents and token cannot share a transaction (MongoDB without one), a crash
 * in between then makes the batch run again instead of losing its documents.
 */
public class BatchWrites implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            DocumentBatch.writeAll(unitOfWork);
        }
        return result;
    }
}
