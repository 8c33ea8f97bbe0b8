package kr.smartcity.registry.infra.storage;

import java.nio.file.Path;

/** The data directory cannot be created or written: the registry must not start (see {@link DataDirectoryCheck}). */
public final class DataDirectoryUnusable extends RuntimeException {

    private final transient Path directory;

    DataDirectoryUnusable(Path directory, Exception cause) {
        super("The data directory " + directory + " cannot be written: " + cause, cause);
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }
}
