package kr.smartcity.registry.infra;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

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

    /**
     * Every command's unit of work runs in one database transaction, so a decision that touches
     * several aggregates commits all their events or none. Axon's auto-configuration would do
     * this, but it orders itself after Boot 3's transaction auto-configuration, whose class moved
     * in Boot 4, and so finds no transaction manager yet and silently appends each event alone.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
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
