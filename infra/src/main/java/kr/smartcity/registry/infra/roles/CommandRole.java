package kr.smartcity.registry.infra.roles;

import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.smartcity.registry.command.application.Application;
import kr.smartcity.registry.command.round.CertificationRound;

/** The write model: aggregates take commands only on nodes with the {@code command} role. */
@Configuration
@ConditionalOnExpression("'${registry.roles}'.contains('command')")
class CommandRole {

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(CertificationRound.class)
                .configureAggregate(Application.class);
    }
}
