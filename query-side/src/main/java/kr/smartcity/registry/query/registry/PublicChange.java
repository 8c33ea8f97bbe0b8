package kr.smartcity.registry.query.registry;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.query.api.RegistryQueries.RegistryChange;
import kr.smartcity.registry.query.registry.RegistryEntry.Step;

/**
 * One change of the public registry (공개 변경 내역), for those who follow the registry instead of reading it whole.
 * Its id is the event's id, so the same event processed again writes the same document over itself. The names are
 * copied in, so that a feed reads one collection. {@code historyIndex} is the step's place in its certification's
 * public history: it orders the changes of one instant (an import past its validity is imported and expired in
 * the same millisecond).
 */
@Document(PublicChange.COLLECTION)
@CompoundIndex(name = "in_order", def = "{'at': 1, 'certificateNumber': 1, 'historyIndex': 1}")
record PublicChange(
        @Id String eventId,
        Instant at,
        String certificateNumber,
        int historyIndex,
        String event,
        CertificationStatus status,
        String serviceNameKo,
        String serviceNameEn) {

    static final String COLLECTION = "registry_changes";

    /** The change a step of an entry's history made public. */
    static PublicChange of(RegistryEntry entry, Step step) {
        return new PublicChange(step.eventId(), step.at(), entry.certificateNumber(), entry.history().indexOf(step),
                step.event(), step.status(), entry.serviceNameKo(), entry.serviceNameEn());
    }

    RegistryChange change() {
        return new RegistryChange(at, certificateNumber, event, status, serviceNameKo, serviceNameEn, eventId);
    }
}
