package kr.smartcity.registry.infra.roles;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Pages, REST API and security run only on nodes with the {@code web} role. */
@Configuration
@ConditionalOnExpression("'${registry.roles}'.contains('web')")
@ComponentScan("kr.smartcity.registry.web")
class WebRole {
}
