package kr.smartcity.registry.web.api;

import java.time.Instant;

/**
 * Backs up a running registry's store (infra does it for the embedded store: docs/operations.md "Backup and
 * restore"); the web only knows this port. Absent where the store has its own backup tools (Axon Server, MongoDB).
 */
public interface EventStoreBackups {

    /** Writes a new archive and says what it holds. */
    Backup backUp();

    /**
     * The archive written: where, how big, and the events it holds up to the last one (its global position and
     * time), so an operator can tell what a restore from it brings back.
     */
    record Backup(String path, long sizeBytes, long events, long lastPosition, Instant lastEventAt) {
    }
}
