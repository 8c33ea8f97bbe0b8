package kr.smartcity.registry.web.api;

import java.io.IOException;
import java.sql.SQLException;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionException;

/**
 * Whether a failure came from a store that cannot be written or read (a full disk, a file size limit, a database
 * that closed itself after a failed write): then nothing was recorded, and the caller is told so with 503, never 2xx.
 */
final class StorageFailure {

    private StorageFailure() {
    }

    /** A store failure, unless it is a conflict (a duplicate key, a lost race), which says nothing about the disk. */
    static boolean isIn(Throwable failure) {
        boolean storage = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException || cause instanceof ConcurrencyException) {
                return false;
            }
            storage |= isStorage(cause);
        }
        return storage;
    }

    private static boolean isStorage(Throwable cause) {
        // The event store's own EventStoreException is left to its cause: the web knows no Axon storage types.
        return cause instanceof JdbcException
                || cause instanceof DataAccessException || cause instanceof TransactionException
                || cause instanceof SQLException || cause instanceof IOException;
    }
}
