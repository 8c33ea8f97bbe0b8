package kr.smartcity.registry.query.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.query.api.MonitoringQueries.MonitoringCheck;

/**
 * One monitoring check (모니터링 점검), keyed by its event's id, so processing the event again writes the same document
 * over itself. {@code checkedBy} is the account that logged it (the event's metadata); {@code loggedAt} orders
 * checks of the same day.
 */
@Document(LoggedCheck.COLLECTION)
@CompoundIndex(name = "by_certification", def = "{'certificateNumber': 1, 'checkedOn': -1, 'loggedAt': -1}")
record LoggedCheck(
        @Id String eventId,
        String certificateNumber,
        LocalDate checkedOn,
        String scope,
        boolean requirementsMet,
        String findings,
        List<String> attachments,
        String checkedBy,
        Instant loggedAt) {

    static final String COLLECTION = "monitoring_checks";

    MonitoringCheck check() {
        return new MonitoringCheck(checkedOn, scope, requirementsMet, findings, attachments, checkedBy);
    }
}
