package kr.smartcity.registry.web.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.AuditMetadata;

/**
 * Stamps every command sent from the web with who sent it (account and roles), so each event
 * it causes carries the same in its metadata for the audit trail.
 */
@Component
class ActorStamp implements MessageDispatchInterceptor<CommandMessage<?>> {

    ActorStamp(CommandGateway commands) {
        commands.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            return (index, command) -> command;
        }
        String roles = who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", ""))
                .collect(Collectors.joining(","));
        return (index, command) -> command.andMetaData(Map.of(AuditMetadata.ACTOR, who.getName(), AuditMetadata.ROLE, roles));
    }
}
