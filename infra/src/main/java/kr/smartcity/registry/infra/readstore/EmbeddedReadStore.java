package kr.smartcity.registry.infra.readstore;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.axonframework.config.ConfigurerModule;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The read store when no MongoDB URI is configured: the MongoDB wire protocol served in-process
 * by mongo-java-server over an H2 MVStore file under the data directory, on a random loopback
 * port handed to Boot as connection details (a fixed-port URI would race the server).
 */
@Configuration
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isEmpty() and '${spring.data.mongodb.uri:}'.isEmpty()")
class EmbeddedReadStore {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedReadStore.class);
    private static final int READ_CACHE_MB = 64;

    /**
     * Auto-commit is off: the store is committed only after a projection batch has written its
     * documents and its token (see {@link ReadStoreCommits}), never half-way through a write.
     */
    @Bean(destroyMethod = "close")
    H2Backend readStoreBackend(@Value("${registry.data-dir}") Path dataDir) throws Exception {
        Path dir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Path file = dir.resolve("read-store.mv");
        log.info("Read store: MongoDB wire protocol over H2 file {}", file);
        return new H2Backend(new MVStore.Builder().fileName(file.toString())
                .autoCommitDisabled()
                .autoCommitBufferSize(0) // else H2 commits by itself once ~1 MB is unsaved
                .cacheSize(READ_CACHE_MB) // pages kept deserialized: the server stores documents Java-serialized
                .open());
    }

    @Bean(destroyMethod = "shutdownNow")
    MongoServer readStoreServer(H2Backend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    MongoConnectionDetails readStoreConnection(MongoServer server,
                                               @Value("${registry.read-store.database}") String database) {
        InetSocketAddress address = server.getLocalAddress();
        var uri = new ConnectionString("mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
        return () -> uri;
    }

    /** Named so that it takes the place of Boot's MongoDB health indicator. */
    @Bean
    EmbeddedReadStoreHealth mongoHealthIndicator(MongoTemplate mongo) {
        return new EmbeddedReadStoreHealth(mongo);
    }

    @Bean
    ReadStoreCommits readStoreCommits(H2Backend backend) {
        return new ReadStoreCommits(backend);
    }

    /**
     * Every processor's batch commits the store once, in its turn. The batch's token is written inside that turn
     * because the processors store it as the batch commits (see {@code QueryRole}), never before processing it,
     * where another processor's commit could make a new token durable without the batch's documents.
     */
    @Bean
    ConfigurerModule readStoreCommitsOnEveryProcessor(ReadStoreCommits commits) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((processor, name) -> commits);
    }
}
