package kr.smartcity.registry.infra.eventstore;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded relational database, a file under the data directory, when no
 * {@code spring.datasource.url} is set. It holds the event store and the deadline jobs.
 * Its tables are created with it, so nothing can use it before they exist.
 * {@code WRITE_DELAY=0} writes every commit through before the command is acknowledged: with
 * H2's default delay a {@code kill -9} lost acknowledged events.
 */
@Configuration
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    @Bean
    DataSource dataSource(@Value("${registry.data-dir}") Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("event-store");
        log.info("Event store and deadlines: H2 file {}.mv.db", file);
        DataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.h2.Driver")
                .url("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")
                .username("registry")
                .password("")
                .build();
        EmbeddedSchema.create(dataSource);
        return dataSource;
    }

    /**
     * Recognises a second event at the same aggregate sequence (a lost race, or creating what
     * exists) by its SQL state: H2 reports it as a batch failure, which Axon's default resolver
     * does not see through, so it would surface as a server error instead of a conflict.
     */
    @Bean
    PersistenceExceptionResolver duplicateEventResolver() {
        return new SQLStateResolver();
    }
}
