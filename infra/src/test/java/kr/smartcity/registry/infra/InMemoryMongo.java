package kr.smartcity.registry.infra;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** A MongoDB owned by the test (not a bean of the registry), fresh for each test: the production profile's read store. */
final class InMemoryMongo implements BeforeEachCallback, AfterEachCallback {

    private MongoServer server;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.shutdownNow();
    }

    int port() {
        return server.getLocalAddress().getPort();
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port() + "/registry";
    }
}
