package kr.smartcity.registry.infra.roles;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import kr.smartcity.registry.command.api.CommandForbiddenException;
import kr.smartcity.registry.command.api.CommandRefusedException;
import kr.smartcity.registry.command.api.Refusal;
import kr.smartcity.registry.command.api.ScoringMessages;

/**
 * Turns a handler's refusal into a {@link CommandExecutionException} carrying a {@link Refusal}:
 * the one form of failure that reaches the sender intact also across Axon Server.
 */
class RefusalTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String NOT_ON_COMMITTEE = "이 신청 건의 평가위원으로 배정되지 않았습니다. "
            + "/ You are not on this application's evaluation committee.";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (CommandForbiddenException e) {
            throw new CommandExecutionException(e.getMessage(), e, new Refusal(Refusal.Kind.FORBIDDEN, e.getMessage()));
        } catch (CommandRefusedException e) {
            throw new CommandExecutionException(e.getMessage(), e, new Refusal(Refusal.Kind.REFUSED, e.getMessage()));
        } catch (AggregateNotFoundException e) {
            if (unitOfWork.getMessage().getPayload() instanceof ScoringMessages.ToOwnSheet) {
                throw new CommandExecutionException(NOT_ON_COMMITTEE, e, new Refusal(Refusal.Kind.FORBIDDEN, NOT_ON_COMMITTEE));
            }
            String message = "찾을 수 없습니다: " + e.getAggregateIdentifier() + " / Not found: " + e.getAggregateIdentifier();
            throw new CommandExecutionException(message, e, new Refusal(Refusal.Kind.NOT_FOUND, message));
        }
    }
}
