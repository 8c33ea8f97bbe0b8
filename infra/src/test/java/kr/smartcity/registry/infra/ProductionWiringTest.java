package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import kr.smartcity.registry.query.store.MongoTokenStore;

/**
 * The production profile wires Axon Server for events, commands and queries and an external
 * MongoDB, starts no embedded server and has no demo account. Axon Server and MongoDB are
 * pointed at closed loopback ports: this proves the wiring, not that they answer. Making the
 * read models' indexes at start needs a MongoDB that answers, so it is off here. The deadline
 * database (PostgreSQL in production) is stood in for by an in-memory H2 with the scheduler off.
 */
class ProductionWiringTest {

    @TempDir
    Path dataDir;

    @Test
    void productionWiresAxonServerAndExternalMongoAndNothingEmbedded() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
                .profiles("production")
                .run("--server.port=0", "--REGISTRY_DATA_DIR=" + dataDir,
                        "--AXONSERVER_SERVERS=localhost:1", "--AXONSERVER_TOKEN=test", "--AXONSERVER_TLS=false",
                        "--MONGODB_URI=mongodb://localhost:2/registry?replicaSet=rs0",
                        "--spring.data.mongodb.auto-index-creation=false",
                        "--DEADLINES_JDBC_URL=jdbc:h2:mem:deadlines", "--DEADLINES_JDBC_USER=sa",
                        "--DEADLINES_JDBC_PASSWORD=", "--REGISTRY_PUBLIC_BASE_URL=https://registry.example.kr",
                        "--spring.quartz.auto-startup=false",
                        "--spring.quartz.properties.org.quartz.jobStore.driverDelegateClass="
                                + "org.quartz.impl.jdbcjobstore.StdJDBCDelegate")) {

            assertThat(context.getBean(EventBus.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
            assertThat(context.getBean(DeadlineManager.class)).isInstanceOf(QuartzDeadlineManager.class);
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
                    .containsExactly("localhost:2");

            assertThat(context.getBeansOfType(MongoServer.class)).isEmpty();
            assertThat(context.getBeansOfType(H2Backend.class)).isEmpty();
            assertThat(context.getBean(InMemoryUserDetailsManager.class).userExists("operator")).isFalse();
            assertThat(context.getEnvironment().getProperty("registry.demo.enabled")).isEqualTo("false");
        }
    }
}
