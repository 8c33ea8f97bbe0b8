package kr.smartcity.registry.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kr.smartcity.registry.command.api.RoundMessages.RoundAnnouncedEvent;

/**
 * Events are stored as JSON (Jackson, never XStream) and read through Axon's upcaster chain:
 * an upcaster bean added to the wiring turns an event stored in an older shape into today's.
 */
class EventSchemaEvolutionTest {

    private static final String ROUND_ANNOUNCED = RoundAnnouncedEvent.class.getName();

    @TempDir
    Path dataDir;

    /** Revision "0" of the event had no criteria version: every round then used the 2023 criteria. */
    @Configuration
    static class LegacyRoundAnnouncedUpcaster {

        @Bean
        SingleEventUpcaster roundAnnouncedWithoutCriteriaVersion() {
            return new SingleEventUpcaster() {
                @Override
                protected boolean canUpcast(IntermediateEventRepresentation event) {
                    return event.getType().equals(new SimpleSerializedType(ROUND_ANNOUNCED, "0"));
                }

                @Override
                protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
                    return event.upcastPayload(new SimpleSerializedType(ROUND_ANNOUNCED, null), JsonNode.class,
                            json -> ((ObjectNode) json).put("criteriaVersion", "2023"));
                }
            };
        }
    }

    @Test
    void eventsAreJsonAndOldShapesAreUpcastOnRead() throws SQLException {
        try (RunningRegistry registry = RunningRegistry.start(dataDir,
                new Class<?>[] {LegacyRoundAnnouncedUpcaster.class})) {
            assertThat(registry.bean(Serializer.class)).isInstanceOf(JacksonSerializer.class);
            // One database transaction per command: a decision's events on several aggregates commit together.
            assertThat(registry.bean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
            JdbcTemplate jdbc = new JdbcTemplate(registry.bean(DataSource.class));

            Instant now = Instant.now();
            assertThat(registry.client().post("/api/v1/rounds", "operator",
                    Requests.announceRound("R-JSON", now, now.plusSeconds(3600))).status()).isEqualTo(201);
            byte[] stored = jdbc.queryForObject(
                    "SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = 'R-JSON'", byte[].class);
            assertThat(new String(stored, StandardCharsets.UTF_8)).startsWith("{").contains("\"criteriaVersion\"");

            jdbc.update("""
                    INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,
                        metaData, payload, payloadRevision, payloadType, timeStamp)
                    VALUES ('LEGACY', 0, 'CertificationRound', 'legacy-event-1', ?, ?, '0', ?, '2019-03-01T00:00:00Z')
                    """, "{}".getBytes(StandardCharsets.UTF_8),
                    """
                    {"roundId":"LEGACY","eligibleFields":["TRANSPORT"],
                     "submissionOpensAt":"2019-03-01T00:00:00Z","submissionClosesAt":"2019-03-31T09:00:00Z"}
                    """.getBytes(StandardCharsets.UTF_8), ROUND_ANNOUNCED);

            List<?> events = registry.bean(EventStore.class).readEvents("LEGACY").asStream()
                    .map(event -> event.getPayload()).toList();
            assertThat(events).singleElement().isInstanceOfSatisfying(RoundAnnouncedEvent.class,
                    round -> assertThat(round.criteriaVersion()).isEqualTo("2023"));
        }
    }
}
