package kr.smartcity.registry.query.audit;

import java.util.Arrays;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.AuditMetadata;
import kr.smartcity.registry.query.store.DocumentBatch;
import kr.smartcity.registry.query.store.ReadModels;

/**
 * The audit trail (감사 추적): every event of the registry, with who caused it (from the metadata every command
 * passes on to its events) and what it concerns ({@link AuditedEvents}).
 */
@Component
@ProcessingGroup(AuditProjection.NAME)
public class AuditProjection {

    public static final String NAME = "audit";

    /** Who is named for events no person caused (those a deadline fired), in the demo loader's role. */
    static final String SYSTEM_ACTOR = "system";
    static final String SYSTEM_ROLE = "SYSTEM";

    private final MongoTemplate mongo;
    private final DocumentBatch<AuditRecord> records;

    public AuditProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.records = new DocumentBatch<>(mongo, AuditRecord.class, AuditRecord::eventId);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        AuditFacts facts = AuditedEvents.of(payload);
        Object actor = message.getMetaData().get(AuditMetadata.ACTOR);
        Object roles = message.getMetaData().get(AuditMetadata.ROLE);
        records.save(new AuditRecord(message.getIdentifier(),
                message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null,
                message.getTimestamp(),
                actor == null ? SYSTEM_ACTOR : actor.toString(),
                roles == null ? List.of(SYSTEM_ROLE) : Arrays.asList(roles.toString().split(",")),
                message.getPayloadType().getSimpleName(),
                facts.applicationId(), facts.certificateNumber(), facts.roundId(), facts.indicatorCode(),
                facts.before(), facts.after(), facts.departsFromSuggestion(), facts.reason()));
    }

    /** A rebuild starts from an empty trail. */
    @ResetHandler
    void reset() {
        ReadModels.empty(mongo, AuditRecord.class);
    }
}
