package kr.smartcity.registry.infra.roles;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.Refusal;

/**
 * Turns a handler's refusal into a {@link CommandExecutionException} carrying a {@link Refusal}:
 * the one form of failure that reaches the sender intact also across Axon Server.
 */
class RefusalTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (CommandRefusedException e) {
            throw new CommandExecutionException(e.getMessage(), e, new Refusal(Refusal.Kind.REFUSED, e.getMessage()));
        } catch (AggregateNotFoundException e) {
            String message = "찾을 수 없습니다: " + e.getAggregateIdentifier() + " / Not found: " + e.getAggregateIdentifier();
            throw new CommandExecutionException(message, e, new Refusal(Refusal.Kind.NOT_FOUND, message));
        }
    }
}
