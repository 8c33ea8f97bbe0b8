package kr.smartcity.registry.infra.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import kr.smartcity.registry.web.api.EventStoreBackups.Backup;

/**
 * A backup archive: a zip holding H2's backup of the event store ({@value #EVENT_STORE}: events, deadline jobs,
 * digest ledger) and the staff accounts as JSON lines, one entry per collection. The read models are not in it:
 * a start over a restored directory rebuilds them from the events.
 */
final class BackupArchive {

    /** The event store's file name, as H2's {@code BACKUP TO} names it inside the zip and as the data dir holds it. */
    static final String EVENT_STORE = "event-store.mv.db";
    /** The read store's collections that are not built from events: accounts and the record of their changes. */
    static final List<String> ACCOUNT_COLLECTIONS = List.of("accounts", "account_changes");

    private BackupArchive() {
    }

    static String entryOf(String collection) {
        return collection + ".jsonl";
    }

    /** What the archive holds, read from the archived event store itself (opened read-only inside the zip). */
    static Backup describe(Path archive) throws IOException {
        String url = "jdbc:h2:zip:" + archive.toAbsolutePath() + "!/event-store;ACCESS_MODE_DATA=r";
        try (Connection store = DriverManager.getConnection(url, "registry", "");
             ResultSet last = store.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM DomainEventEntry), "
                     + "globalIndex, timeStamp FROM DomainEventEntry ORDER BY globalIndex DESC LIMIT 1")) {
            boolean any = last.next();
            return new Backup(archive.toAbsolutePath().toString(), Files.size(archive), any ? last.getLong(1) : 0,
                    any ? last.getLong(2) : -1, any ? Instant.parse(last.getString(3)) : null);
        } catch (SQLException e) {
            throw new IOException("Not a registry backup archive: " + archive + " (" + e.getMessage() + ")", e);
        }
    }
}
