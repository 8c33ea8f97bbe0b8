package kr.smartcity.registry.infra.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Before anything opens a store, makes sure the data directory of the embedded stores exists and takes a write (a
 * full disk, a size limit, a path under a regular file, a read-only mount): else the start ends at once with one
 * clear reason ({@link DataDirectoryFailureAnalyzer}) instead of a wall of bean-creation errors half-way through.
 * Nodes whose stores are all external skip it.
 */
public final class DataDirectoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    /** A write of a few pages, as a store's first commit would make. */
    private static final byte[] PROBE = new byte[16 * 1024];

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        boolean embedded = environment.getProperty("spring.datasource.url", "").isEmpty()
                || (environment.getProperty("spring.mongodb.uri", "").isEmpty()
                && environment.getProperty("spring.data.mongodb.uri", "").isEmpty());
        String dataDir = environment.getProperty("registry.data-dir");
        if (embedded && dataDir != null) {
            requireWritable(Path.of(dataDir).toAbsolutePath().normalize());
        }
    }

    static void requireWritable(Path directory) {
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
            try {
                Files.write(probe, PROBE, StandardOpenOption.SYNC);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryUnusable(directory, e);
        }
    }
}
