package kr.smartcity.registry.infra.backup;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import kr.smartcity.registry.web.api.EventStoreBackups;

/**
 * Online backups where the events are in the embedded database (no {@code spring.datasource.url}) and this node
 * serves the admin API (the web role, which also holds the accounts). Archives go to {@code registry.backup.dir},
 * by default {@code <data-dir>/backups}.
 */
@Configuration
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and '${registry.roles}'.contains('web')")
class BackupWiring {

    @Bean
    EventStoreBackups eventStoreBackups(DataSource eventStore, MongoTemplate readStore, Clock clock,
                                        @Value("${registry.backup.dir:${registry.data-dir}/backups}") Path directory) {
        return new OnlineBackup(eventStore, readStore, directory, clock);
    }
}
