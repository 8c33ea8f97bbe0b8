package kr.smartcity.registry.query.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.ServiceField;
import kr.smartcity.registry.command.api.ServiceLevel;
import kr.smartcity.registry.query.api.MonitoringQueries.ReReviewStage;
import kr.smartcity.registry.query.api.MonitoringQueries.ScheduledCertification;

/**
 * One certification on the monitoring schedule. Events set fields (never increment; the last check date only moves
 * forward), so processing an event again changes nothing. The indexes serve the schedule's three kinds of lists.
 */
@Document(MonitoredCertification.COLLECTION)
@CompoundIndex(name = "re_review_due", def = "{'reReview': 1, 'status': 1, 'reReviewDueOn': 1}")
@CompoundIndex(name = "expiring", def = "{'status': 1, 'validUntil': 1}")
@CompoundIndex(name = "last_check", def = "{'status': 1, 'lastCheckedOn': 1}")
record MonitoredCertification(
        @Id String certificateNumber,
        String serviceNameKo,
        String serviceNameEn,
        List<String> holderNames,
        ServiceField field,
        ServiceLevel level,
        CertificationStatus status,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate reReviewDueOn,
        ReReviewStage reReview,
        LocalDate lastCheckedOn,
        String successorNumber) {

    static final String COLLECTION = "monitoring_schedule";

    ScheduledCertification item() {
        return new ScheduledCertification(certificateNumber, serviceNameKo, serviceNameEn, holderNames, field, level,
                status, validFrom, validUntil, reReviewDueOn, reReview, lastCheckedOn, successorNumber);
    }
}
