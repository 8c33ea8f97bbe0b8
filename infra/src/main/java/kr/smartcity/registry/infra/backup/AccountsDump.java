package kr.smartcity.registry.infra.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The account collections as JSON lines, one document a line in MongoDB's extended JSON, which keeps every value's
 * type (a long stays a long, a date a date) through a dump and a load.
 */
final class AccountsDump {

    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private AccountsDump() {
    }

    static void write(Iterable<Document> documents, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        documents.forEach(document -> lines.add(document.toJson(EXACT)));
        Files.write(file, lines);
    }

    static List<Document> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(Document::parse).toList();
    }
}
