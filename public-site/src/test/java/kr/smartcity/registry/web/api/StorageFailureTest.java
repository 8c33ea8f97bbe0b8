package kr.smartcity.registry.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.TransactionSystemException;

class StorageFailureTest {

    @Test
    void aFailedWriteAnywhereInTheCausesIsAStoreFailure() {
        IOException fileTooLarge = new IOException("File too large");
        assertThat(StorageFailure.isIn(new EventStoreException("not persisted", new SQLException(fileTooLarge))))
                .isTrue();
        assertThat(StorageFailure.isIn(new CommandExecutionException("failed", new TransactionSystemException(
                "Could not commit JDBC transaction", new SQLException("Database is already closed"))))).isTrue();
    }

    @Test
    void conflictsAndOtherFailuresAreNot() {
        assertThat(StorageFailure.isIn(new DuplicateKeyException("name taken", new SQLException("23505"))))
                .isFalse();
        assertThat(StorageFailure.isIn(new EventStoreException("duplicate",
                new ConcurrencyException("same sequence", new SQLException("23505"))))).isFalse();
        assertThat(StorageFailure.isIn(new IllegalStateException("a bug"))).isFalse();
    }
}
