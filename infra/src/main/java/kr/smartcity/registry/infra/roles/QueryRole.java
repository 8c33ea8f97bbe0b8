package kr.smartcity.registry.infra.roles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

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
}
