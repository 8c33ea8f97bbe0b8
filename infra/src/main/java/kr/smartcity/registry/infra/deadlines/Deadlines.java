package kr.smartcity.registry.infra.deadlines;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines that survive restarts: Axon's Quartz deadline manager over Quartz's JDBC job store
 * in the same database as the events. Axon's default deadline manager keeps deadlines in memory
 * and would forget a two-year re-review at the first restart. A deadline missed while the
 * registry was down fires at the next start (Quartz's misfire policy fires it now). Only nodes
 * with the command role run deadlines: a deadline fired where no aggregate lives would be lost.
 */
@Configuration
@ConditionalOnExpression("'${registry.roles}'.contains('command')")
class Deadlines {

    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                    Serializer serializer, TransactionManager transactions) {
        return QuartzDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .build();
    }
}
