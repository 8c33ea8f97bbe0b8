package kr.smartcity.registry.infra.roles;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

import kr.smartcity.registry.query.store.BatchWrites;

/**
 * Projections and query handlers run only on nodes with the {@code query} role. Their documents are scanned at
 * start, so that Spring Data makes every index they declare then ({@code spring.data.mongodb.auto-index-creation}),
 * not when a document type is first used.
 */
@Configuration
@ConditionalOnExpression("'${registry.roles}'.contains('query')")
@ComponentScan("kr.smartcity.registry.query")
@EntityScan("kr.smartcity.registry.query")
class QueryRole {

    /**
     * The processors write MongoDB only, so they run outside the event store's database transaction; Axon then
     * stores a batch's token as the batch commits, after {@link BatchWrites} has written the batch's documents,
     * instead of before the batch is processed.
     */
    @Bean
    ConfigurerModule documentsBeforeTokens() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, name) -> new BatchWrites())
                .registerDefaultTransactionManager(configuration -> NoTransactionManager.instance());
    }
}
