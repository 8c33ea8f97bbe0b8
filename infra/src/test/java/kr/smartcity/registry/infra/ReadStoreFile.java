package kr.smartcity.registry.infra;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;
import org.h2.mvstore.MVStore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Reads a stopped registry's read store straight from its file, through the MongoDB wire protocol. */
final class ReadStoreFile {

    private ReadStoreFile() {
    }

    /**
     * What differs between two read stores, collection by collection: ids only in one of them and ids whose
     * documents differ (empty when they are the same document by document).
     */
    static Map<String, String> differences(Map<String, List<Document>> expected, Map<String, List<Document>> actual) {
        Map<String, String> differences = new TreeMap<>();
        Set<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            Map<Object, Document> want = byId(expected.getOrDefault(name, List.of()));
            Map<Object, Document> got = byId(actual.getOrDefault(name, List.of()));
            List<Object> missing = want.keySet().stream().filter(id -> !got.containsKey(id)).toList();
            List<Object> extra = got.keySet().stream().filter(id -> !want.containsKey(id)).toList();
            List<Object> changed = want.keySet().stream()
                    .filter(id -> got.containsKey(id) && !want.get(id).equals(got.get(id))).toList();
            if (!missing.isEmpty() || !extra.isEmpty() || !changed.isEmpty()) {
                differences.put(name, "%d missing %s, %d extra %s, %d changed %s (e.g. %s -> %s)".formatted(
                        missing.size(), first(missing), extra.size(), first(extra), changed.size(), first(changed),
                        changed.isEmpty() ? "" : want.get(changed.get(0)), changed.isEmpty() ? "" : got.get(changed.get(0))));
            }
        }
        return differences;
    }

    private static Map<Object, Document> byId(List<Document> documents) {
        Map<Object, Document> byId = new LinkedHashMap<>();
        documents.forEach(document -> byId.put(document.get("_id"), document));
        return byId;
    }

    private static List<Object> first(List<Object> ids) {
        return ids.subList(0, Math.min(3, ids.size()));
    }

    /** Every document of every read-model collection (not the tracking tokens), by collection, ordered by id. */
    static Map<String, List<Document>> documents(Path dataDir) {
        MVStore file = new MVStore.Builder().fileName(dataDir.resolve("read-store.mv").toString()).readOnly().open();
        MongoServer server = new MongoServer(new H2Backend(file));
        try {
            InetSocketAddress address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                MongoDatabase database = client.getDatabase("registry");
                Map<String, List<Document>> collections = new TreeMap<>();
                for (String name : database.listCollectionNames()) {
                    if (!name.equals("tracking_tokens")) {
                        collections.put(name, database.getCollection(name).find().sort(Sorts.ascending("_id"))
                                .into(new ArrayList<>()));
                    }
                }
                return collections;
            }
        } finally {
            server.shutdownNow();
        }
    }
}
