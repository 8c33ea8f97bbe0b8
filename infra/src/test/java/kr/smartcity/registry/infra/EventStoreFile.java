package kr.smartcity.registry.infra;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads a stopped registry's event store straight from its H2 file. */
final class EventStoreFile {

    private EventStoreFile() {
    }

    static Connection open(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("event-store"),
                "registry", "");
    }

    /** The application ids of every stored ApplicationSubmittedEvent, as many times as each is stored. */
    static List<String> submittedApplications(Path dataDir) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = open(dataDir);
             ResultSet rows = connection.createStatement().executeQuery("SELECT aggregateIdentifier FROM "
                     + "DomainEventEntry WHERE payloadType LIKE '%ApplicationSubmittedEvent'")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
