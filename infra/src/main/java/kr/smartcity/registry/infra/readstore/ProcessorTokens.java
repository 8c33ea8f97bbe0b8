package kr.smartcity.registry.infra.readstore;

import java.time.Clock;
import java.time.Duration;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import kr.smartcity.registry.query.store.MongoTokenStore;

/**
 * Each event processor's position lives in the read store beside the documents it wrote, so the
 * two move (and, after a crash, roll back) together; a replay then repairs the projection.
 */
@Configuration
class ProcessorTokens {

    @Bean
    TokenStore tokenStore(MongoTemplate mongo, Serializer serializer, Clock clock,
                          @Value("${registry.node-id}") String nodeId) {
        return MongoTokenStore.builder()
                .mongoTemplate(mongo)
                .serializer(serializer)
                .nodeId(nodeId)
                .claimTimeout(Duration.ofSeconds(10))
                .clock(clock)
                .build();
    }
}
