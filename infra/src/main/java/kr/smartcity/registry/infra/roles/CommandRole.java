package kr.smartcity.registry.infra.roles;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.smartcity.registry.command.application.Application;
import kr.smartcity.registry.command.application.FactsReader;
import kr.smartcity.registry.command.certification.Certification;
import kr.smartcity.registry.command.decision.CertificateNumbering;
import kr.smartcity.registry.command.decision.CertificateNumbers;
import kr.smartcity.registry.command.decision.Predecessors;
import kr.smartcity.registry.command.decision.RepositoryCertificateNumbers;
import kr.smartcity.registry.command.decision.RepositoryPredecessors;
import kr.smartcity.registry.command.criteria.CriteriaCatalog;
import kr.smartcity.registry.command.reference.CriteriaPublication;
import kr.smartcity.registry.command.round.CertificationRound;
import kr.smartcity.registry.command.scoring.ScoreSheet;

/** The write model: aggregates take commands only on nodes with the {@code command} role. */
@Configuration
@ConditionalOnExpression("'${registry.roles}'.contains('command')")
class CommandRole {

    /**
     * Each aggregate kept in a weak-reference cache between commands, so a command loads it from memory instead of
     * replaying its whole stream from the event store (an application's ~150 events during its evaluation, a score
     * sheet's every change): replay was a third of a command's time. A failed or conflicting unit of work evicts its
     * aggregate, so a stale copy (another command node's deadline changed it) costs one retry (ConflictRetry).
     */
    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(cached(CertificationRound.class))
                .configureAggregate(cached(Application.class))
                .configureAggregate(cached(ScoreSheet.class))
                .configureAggregate(cached(CertificateNumbering.class))
                .configureAggregate(cached(Certification.class));
    }

    private static <A> AggregateConfigurer<A> cached(Class<A> aggregate) {
        return AggregateConfigurer.defaultConfiguration(aggregate).configureWeakReferenceCache();
    }

    /** The decision allocates its certificate number in the same unit of work (see Application). */
    @Bean
    CertificateNumbers certificateNumbers(org.axonframework.config.Configuration axon) {
        return new RepositoryCertificateNumbers(() -> axon.repository(CertificateNumbering.class));
    }

    /** A re-review's decision renews (or fails) its predecessor in the same unit of work. */
    @Bean
    Predecessors predecessors(org.axonframework.config.Configuration axon) {
        return new RepositoryPredecessors(() -> axon.repository(Certification.class));
    }

    @Bean
    FactsReader factsReader() {
        return new JacksonFactsReader();
    }

    /** A bean on the node where the handlers run: Axon's auto-configuration puts it on that node's command bus. */
    @Bean
    RefusalTranslation refusalTranslation() {
        return new RefusalTranslation();
    }

    /** The criteria catalog is the write model's reference data; it answers criteria queries. */
    @Bean
    CriteriaPublication criteriaPublication() {
        return new CriteriaPublication(CriteriaCatalog.onClasspath());
    }
}
