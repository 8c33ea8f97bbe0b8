package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.query.store.MongoTokenStore;
import kr.smartcity.registry.web.security.AccountStore;

/**
 * The production profile wires Axon Server for events, commands and queries and an external
 * MongoDB, starts no embedded server and has no demo account. Axon Server is pointed at a closed
 * loopback port: this proves the wiring, not that it answers. MongoDB is a test-owned in-memory
 * server (not a bean of the registry), as the accounts are read at start (AccountsAtStart); making
 * the read models' indexes is off here. The deadline database (PostgreSQL in production) is stood
 * in for by an in-memory H2 with the scheduler off.
 */
class ProductionWiringTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    /** The production profile with its required environment, MongoDB at {@code mongoUri}, and {@code moreArgs}. */
    static ConfigurableApplicationContext startProduction(Path dataDir, String mongoUri, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--REGISTRY_DATA_DIR=" + dataDir,
                "--AXONSERVER_SERVERS=localhost:1", "--AXONSERVER_TOKEN=test", "--AXONSERVER_TLS=false",
                "--MONGODB_URI=" + mongoUri,
                "--spring.data.mongodb.auto-index-creation=false",
                "--DEADLINES_JDBC_URL=jdbc:h2:mem:deadlines", "--DEADLINES_JDBC_USER=sa",
                "--DEADLINES_JDBC_PASSWORD=", "--REGISTRY_PUBLIC_BASE_URL=https://registry.example.kr",
                "--spring.quartz.auto-startup=false",
                "--spring.quartz.properties.org.quartz.jobStore.driverDelegateClass="
                        + "org.quartz.impl.jdbcjobstore.StdJDBCDelegate"));
        args.addAll(List.of(moreArgs));
        return new SpringApplicationBuilder(RegistryApplication.class).profiles("production")
                .run(args.toArray(String[]::new));
    }

    @Test
    void productionWiresAxonServerAndExternalMongoAndNothingEmbedded() {
        try (ConfigurableApplicationContext context = startProduction(dataDir, mongo.uri(),
                "--REGISTRY_ADMIN_INITIAL_PASSWORD=correct horse battery")) {

            assertThat(context.getBean(EventBus.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(MongoTokenStore.class);
            assertThat(context.getBean(DeadlineManager.class)).isInstanceOf(QuartzDeadlineManager.class);
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
                    .containsExactly("127.0.0.1:" + mongo.port());

            assertThat(context.getBeansOfType(MongoServer.class)).isEmpty();
            assertThat(context.getBeansOfType(H2Backend.class)).isEmpty();
            AccountStore accounts = context.getBean(AccountStore.class);
            assertThat(accounts.find("operator")).isEmpty();
            assertThat(accounts.all()).singleElement().satisfies(admin -> {
                assertThat(admin.name()).isEqualTo("admin");
                assertThat(admin.roles()).containsExactly(Role.ADMIN);
            });
            assertThat(context.getEnvironment().getProperty("registry.demo.enabled")).isEqualTo("false");
        }
    }
}
