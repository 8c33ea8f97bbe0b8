package kr.smartcity.registry.infra;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.command.api.Seoul;

/** Beans every role shares: the one clock, and the audit metadata that flows from commands to events. */
@Configuration
class RegistryWiring {

    /** All time comes from here; rules read it in Asia/Seoul. */
    @Bean
    Clock clock() {
        return Clock.system(Seoul.ZONE);
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetries() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "command-retry"));
    }

    /** The gateway every role sends commands through; it retries a command that lost a race. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetries) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(ConflictRetry.scheduler(commandRetries))
                .build();
    }

    /** Copies who sent a command into every event it causes. */
    @Bean
    CorrelationDataProvider auditMetadata() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACTOR, AuditMetadata.ROLE);
    }

    /** Declared because Axon drops its default provider once any other is declared. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
