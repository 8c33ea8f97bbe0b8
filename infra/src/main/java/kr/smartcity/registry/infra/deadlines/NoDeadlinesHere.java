package kr.smartcity.registry.infra.deadlines;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** On nodes without the command role the scheduler stays stopped, so it never takes a deadline job. */
@Configuration
@ConditionalOnExpression("!'${registry.roles}'.contains('command')")
class NoDeadlinesHere {

    @Bean
    SchedulerFactoryBeanCustomizer schedulerStaysStopped() {
        return factory -> factory.setAutoStartup(false);
    }
}
