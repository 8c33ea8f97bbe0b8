package kr.smartcity.registry.infra.roles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Projections and query handlers run only on nodes with the {@code query} role. */
@Configuration
@ConditionalOnExpression("'${registry.roles}'.contains('query')")
@ComponentScan("kr.smartcity.registry.query")
class QueryRole {
}
