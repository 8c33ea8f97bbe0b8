package kr.smartcity.registry.infra.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;

import kr.smartcity.registry.web.api.EventStoreBackups.Backup;

/**
 * {@code java -jar registry.jar --registry.restore=<archive> --registry.data-dir=<new or empty dir>}: lays a backup
 * archive out as a data directory (the event store, and a read store holding only the accounts) and exits: 0 when
 * restored, 2 with a one-line reason when not (a non-empty directory is never touched). A normal start over the
 * directory then rebuilds the read models from the events. Runs without Spring: nothing may open the stores first.
 */
public final class RestoreRun {

    private static final String OPTION = "--registry.restore=";
    private static final String DATA_DIR = "--registry.data-dir=";
    private static final String DATABASE = "--registry.read-store.database=";

    private RestoreRun() {
    }

    public static boolean requested(String... args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(OPTION));
    }

    /** Restores as the arguments say and answers the exit code; says what happened on standard out or error. */
    public static int run(String... args) {
        Path archive = Path.of(option(args, OPTION, ""));
        Path dataDir = Path.of(option(args, DATA_DIR, "./data")).toAbsolutePath().normalize();
        try {
            Backup restored = restore(archive, dataDir, option(args, DATABASE, "registry"));
            System.out.printf("Restored %s into %s: %d events up to position %d (%s). Start the registry over it:"
                    + " the read models are rebuilt from the events.%n", archive, dataDir, restored.events(),
                    restored.lastPosition(), restored.lastEventAt());
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("Restore refused: " + e.getMessage());
            return 2;
        }
    }

    private static Backup restore(Path archive, Path dataDir, String database) throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new IOException("no backup archive at " + archive.toAbsolutePath());
        }
        if (Files.exists(dataDir) && !isEmptyDirectory(dataDir)) {
            throw new IOException(dataDir + " is not empty: restore into a new or empty data directory");
        }
        Backup backup = BackupArchive.describe(archive);
        Files.createDirectories(dataDir);
        try (FileSystem zip = FileSystems.newFileSystem(archive)) {
            try (InputStream events = Files.newInputStream(zip.getPath(BackupArchive.EVENT_STORE))) {
                Files.copy(events, dataDir.resolve(BackupArchive.EVENT_STORE));
            }
            Map<String, List<Document>> accounts = new LinkedHashMap<>();
            for (String collection : BackupArchive.ACCOUNT_COLLECTIONS) {
                accounts.put(collection, AccountsDump.read(zip.getPath(BackupArchive.entryOf(collection))));
            }
            AccountsSeed.write(dataDir.resolve("read-store.mv"), database, accounts);
        }
        return backup;
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static String option(String[] args, String prefix, String otherwise) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .reduce((first, last) -> last).orElse(otherwise);
    }
}
