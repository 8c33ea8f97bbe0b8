package kr.smartcity.registry.infra.demo;

import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import kr.smartcity.registry.command.api.AuditMetadata;

/**
 * Sends demo commands through the same gateway staff use, each signed by the demo account that would send it.
 * The history generator sends its commands the same way.
 */
public final class DemoCommands {

    private final CommandGateway gateway;

    public DemoCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R as(String account, String role, Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, account, AuditMetadata.ROLE, role)));
    }
}
