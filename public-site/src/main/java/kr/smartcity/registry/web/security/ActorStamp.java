package kr.smartcity.registry.web.security;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.AuditMetadata;

/**
 * Stamps every command and query sent from the web with who sent it (account and roles): each event a
 * command causes carries the same in its metadata for the audit trail, and query handlers decide from it
 * what the caller may see.
 */
@Component
class ActorStamp implements MessageDispatchInterceptor<Message<?>> {

    ActorStamp(CommandGateway commands, QueryGateway queries) {
        commands.registerDispatchInterceptor(this);
        queries.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, Message<?>, Message<?>> handle(List<? extends Message<?>> messages) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            return (index, message) -> message;
        }
        String roles = who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", ""))
                .collect(Collectors.joining(","));
        return (index, message) -> message.andMetaData(Map.of(AuditMetadata.ACTOR, who.getName(), AuditMetadata.ROLE, roles));
    }
}
