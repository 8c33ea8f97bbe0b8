package kr.smartcity.registry.infra.demo;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.RoundMessages.AnnounceRoundCommand;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.command.api.ServiceField;

/**
 * Loads the demo data through the same commands staff send, once per data directory: the 2023
 * round as announced (국토교통부 공고 제2023-1152호, window 2023-10-24 09:00 to 10-26 18:00 KST).
 */
@Component
@ConditionalOnExpression("${registry.demo.enabled} and '${registry.roles}'.contains('command')")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String ROUND_2023 = "2023";

    private final CommandGateway commands;
    private final EventStore events;

    DemoData(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.lastSequenceNumberFor(ROUND_2023).isPresent()) {
            return;
        }
        log.info("Loading demo data");
        send(new AnnounceRoundCommand(ROUND_2023, "2023",
                Set.of(ServiceField.TRANSPORT, ServiceField.ENVIRONMENT_ENERGY),
                LocalDateTime.of(2023, 10, 24, 9, 0).atZone(Seoul.ZONE).toInstant(),
                LocalDateTime.of(2023, 10, 26, 18, 0).atZone(Seoul.ZONE).toInstant()));
    }

    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AuditMetadata.ACTOR, "demo-loader", AuditMetadata.ROLE, "SYSTEM")));
    }
}
