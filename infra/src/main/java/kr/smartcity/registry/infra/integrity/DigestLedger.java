package kr.smartcity.registry.infra.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;

/**
 * The digests published, one per day, kept in the event store's database (table {@code ChainDigest}, made when
 * missing): the record of what the public site has shown.
 */
final class DigestLedger {

    private static final String COLUMNS = "digestDate, digest, events, computedAt";

    private final JdbcTemplate jdbc;

    DigestLedger(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS ChainDigest (
                    digestDate DATE PRIMARY KEY,
                    digest     VARCHAR(64) NOT NULL,
                    events     BIGINT NOT NULL,
                    computedAt TIMESTAMP WITH TIME ZONE NOT NULL)
                """);
    }

    void publish(DailyDigest digest) {
        jdbc.update("INSERT INTO ChainDigest (" + COLUMNS + ") VALUES (?, ?, ?, ?)", digest.date(), digest.digest(),
                digest.events(), OffsetDateTime.ofInstant(digest.computedAt(), ZoneOffset.UTC));
    }

    Optional<DailyDigest> on(LocalDate day) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ChainDigest WHERE digestDate = ?", DigestLedger::digest, day)
                .stream().findFirst();
    }

    Optional<DailyDigest> latest() {
        return jdbc.query("SELECT " + COLUMNS + " FROM ChainDigest ORDER BY digestDate DESC LIMIT 1",
                DigestLedger::digest).stream().findFirst();
    }

    private static DailyDigest digest(ResultSet row, int index) throws SQLException {
        return new DailyDigest(row.getObject("digestDate", LocalDate.class), row.getString("digest"),
                row.getLong("events"), row.getObject("computedAt", OffsetDateTime.class).toInstant());
    }
}
