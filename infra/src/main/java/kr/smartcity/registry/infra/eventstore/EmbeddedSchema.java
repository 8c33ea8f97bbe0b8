package kr.smartcity.registry.infra.eventstore;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the embedded database's tables once: the event store (its script says IF NOT EXISTS)
 * and Quartz's job tables from the script Quartz ships, which is plain CREATE TABLE and so runs
 * only while the tables are missing.
 */
final class EmbeddedSchema {

    private EmbeddedSchema() {
    }

    static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/event-store-h2.sql"));
            if (!hasTable(connection, "QRTZ_LOCKS")) {
                ScriptUtils.executeSqlScript(connection,
                        new ClassPathResource("org/quartz/impl/jdbcjobstore/tables_h2.sql"));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database's tables", e);
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }
}
