package kr.smartcity.registry.web.api;

import java.io.IOException;
import java.sql.SQLException;

import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Whether a failure came from a store that cannot be written or read (a full disk, a file size limit, a database
 * that closed itself after a failed write): then nothing was recorded, and the caller is told so with 503, never 2xx.
 */
final class StorageFailure {

    private StorageFailure() {
    }

    static boolean isIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isStorage(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static boolean isStorage(Throwable cause) {
        return cause instanceof EventStoreException || cause instanceof JdbcException
                || cause instanceof DataAccessException || cause instanceof TransactionException
                || cause instanceof SQLException || cause instanceof IOException;
    }
}
