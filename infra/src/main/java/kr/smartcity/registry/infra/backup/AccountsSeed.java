package kr.smartcity.registry.infra.backup;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.h2.mvstore.MVStore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A new read-store file holding only the account collections, written through the MongoDB wire protocol as the
 * registry itself writes it; the next start rebuilds every read model from the events beside it.
 */
final class AccountsSeed {

    private AccountsSeed() {
    }

    /** Writes the documents by collection into a new read store at {@code file}, in database {@code database}. */
    static void write(Path file, String database, Map<String, List<Document>> collections) {
        MongoServer server = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                collections.forEach((name, documents) -> {
                    if (!documents.isEmpty()) {
                        client.getDatabase(database).getCollection(name).insertMany(documents);
                    }
                });
            }
        } finally {
            server.shutdownNow(); // closes the backend, which commits and closes the file
        }
    }
}
