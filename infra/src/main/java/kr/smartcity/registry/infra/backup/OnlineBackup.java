package kr.smartcity.registry.infra.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.web.api.EventStoreBackups;

/**
 * Backs up the running embedded store without stopping it: H2's {@code BACKUP TO} copies the event store as of one
 * moment while commands go on (every event committed before it began is in the copy), then the account collections
 * are dumped beside it. One backup at a time.
 */
final class OnlineBackup implements EventStoreBackups {

    private static final Logger log = LoggerFactory.getLogger(OnlineBackup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'registry-'yyyyMMdd-HHmmss-SSS'.zip'");

    private final JdbcTemplate eventStore;
    private final MongoTemplate readStore;
    private final Path directory;
    private final Clock clock;

    OnlineBackup(DataSource eventStore, MongoTemplate readStore, Path directory, Clock clock) {
        this.eventStore = new JdbcTemplate(eventStore);
        this.readStore = readStore;
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public synchronized Backup backUp() {
        try {
            Files.createDirectories(directory);
            Path archive = directory.resolve(NAME.format(clock.instant().atZone(Seoul.ZONE)));
            // H2 names the entry after the database: event-store.mv.db, as BackupArchive.EVENT_STORE expects.
            eventStore.execute("BACKUP TO '" + archive.toString().replace("'", "''") + "'");
            try (FileSystem zip = FileSystems.newFileSystem(archive)) {
                for (String collection : BackupArchive.ACCOUNT_COLLECTIONS) {
                    AccountsDump.write(readStore.getCollection(collection).find(),
                            zip.getPath(BackupArchive.entryOf(collection)));
                }
            }
            Backup backup = BackupArchive.describe(archive);
            log.info("Backup written: {} ({} bytes, {} events up to position {})", backup.path(), backup.sizeBytes(),
                    backup.events(), backup.lastPosition());
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + directory, e);
        }
    }
}
