package kr.smartcity.registry.infra.integrity;

import java.time.Clock;

import javax.sql.DataSource;

import org.axonframework.common.Registration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tamper-evident history (ADR 0006): events are chained wherever they are appended; verified where stored. */
@Configuration(proxyBeanMethods = false)
class IntegrityWiring {

    /**
     * Registered on the event store, where every applied event passes as it is appended. Not declared as an
     * interceptor bean: Axon would put such a bean on the event gateway as well.
     */
    @Bean
    Registration chainLinking(EventStore events, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return events.registerDispatchInterceptor(new ChainLinking(events, eventSerializer));
    }

    /**
     * Verification reads Axon's JDBC event store (embedded). Reading Axon Server's store as stored is not built
     * yet (ADR 0006).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    static class JdbcEventStoreVerification {

        /** The JDBC store read as Axon's own engine reads it, only without upcasters: the bytes as stored. */
        @Bean
        ChainVerifier chainVerifier(ConnectionProvider connections, TransactionManager transactions,
                                    EventSchema schema, @Qualifier("eventSerializer") Serializer eventSerializer,
                                    Clock clock) {
            EventStorageEngine storedEvents = JdbcEventStorageEngine.builder()
                    .connectionProvider(connections)
                    .transactionManager(transactions)
                    .schema(schema)
                    .eventSerializer(eventSerializer)
                    .snapshotSerializer(eventSerializer)
                    .upcasterChain(NoOpEventUpcaster.INSTANCE)
                    .batchSize(1000)
                    .build();
            return new ChainVerifier(storedEvents, eventSerializer, clock);
        }

        @Bean
        DigestLedger digestLedger(DataSource dataSource) {
            return new DigestLedger(dataSource);
        }

        @Bean
        IntegrityCheck integrityCheck(ChainVerifier verifier, DigestLedger ledger, Clock clock) {
            return new IntegrityCheck(verifier, ledger, clock);
        }

        @Bean
        IntegrityQueries integrityQueries(IntegrityCheck check, DigestLedger ledger) {
            return new IntegrityQueries(check, ledger);
        }

        /** Where the read side runs (not in a verification from the command line, which runs no role). */
        @Bean
        @ConditionalOnExpression("'${registry.roles}'.contains('query')")
        DigestPublisher digestPublisher(ChainVerifier verifier, DigestLedger ledger, Clock clock) {
            return new DigestPublisher(verifier, ledger, clock);
        }
    }
}
