package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import kr.smartcity.registry.web.security.AccountStore;

/**
 * Production refuses to start with a default password or without a proper first administrator: the first start needs
 * REGISTRY_ADMIN_INITIAL_PASSWORD (12+ characters, not "demo"), and any account still holding the demo password stops
 * every start.
 */
class ProductionAccountsTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void theFirstStartWithoutAnInitialAdministratorPasswordIsRefused() {
        assertThatThrownBy(() -> start())
                .hasStackTraceContaining("REGISTRY_ADMIN_INITIAL_PASSWORD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "short-pw", "aaaaaaaaaaaaaaaa"})
    void aWeakOrDefaultInitialAdministratorPasswordIsRefused(String password) {
        assertThatThrownBy(() -> start("--REGISTRY_ADMIN_INITIAL_PASSWORD=" + password))
                .hasStackTraceContaining("Refusing to start: the initial administrator admin cannot be created");
        assertThat(accountNames()).isEmpty();
    }

    @Test
    void anAccountWithTheDefaultPasswordStopsTheStart() {
        insertAccount("operator", "demo");

        assertThatThrownBy(() -> start("--REGISTRY_ADMIN_INITIAL_PASSWORD=correct horse battery"))
                .hasStackTraceContaining("accounts [operator] still have the default password");
    }

    @Test
    void onceAnAdministratorExistsTheInitialPasswordIsNotNeeded() {
        insertAccount("root", "a long and private passphrase");

        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.getBean(AccountStore.class).all()).extracting(a -> a.name()).containsExactly("root");
        }
    }

    private ConfigurableApplicationContext start(String... args) {
        return ProductionWiringTest.startProduction(dataDir, mongo.uri(), args);
    }

    private void insertAccount(String name, String password) {
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            client.getDatabase("registry").getCollection("accounts").insertOne(new Document()
                    .append("name", name).append("displayName", name).append("roles", List.of("ADMIN"))
                    .append("enabled", true).append("rounds", List.of())
                    .append("passwordHash", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
                    .append("createdAt", new Date()).append("changedAt", new Date()));
        }
    }

    private List<String> accountNames() {
        try (MongoClient client = MongoClients.create(mongo.uri())) {
            return client.getDatabase("registry").getCollection("accounts").find()
                    .map(document -> document.getString("name")).into(new ArrayList<>());
        }
    }
}
