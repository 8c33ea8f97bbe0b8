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
 * One certification on the monitoring schedule. Every change writes the whole document from the last one and the
 * event alone: events set fields (never increment; the last check date only moves forward), so processing an event
 * again changes nothing. The indexes serve the schedule's three kinds of lists.
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

    MonitoredCertification in(CertificationStatus newStatus) {
        return with(holderNames, newStatus, reReview, lastCheckedOn, successorNumber);
    }

    /** In this status at this stage of its re-review. */
    MonitoredCertification reReview(CertificationStatus newStatus, ReReviewStage stage) {
        return with(holderNames, newStatus, stage, lastCheckedOn, successorNumber);
    }

    /** Renewed on re-review: in force again, with the number of the certification that succeeds it. */
    MonitoredCertification renewedAs(String successor) {
        return with(holderNames, CertificationStatus.ACTIVE, ReReviewStage.RENEWED, lastCheckedOn, successor);
    }

    MonitoredCertification heldBy(List<String> names) {
        return with(List.copyOf(names), status, reReview, lastCheckedOn, successorNumber);
    }

    /** Checked on that day: the last check date moves forward only, so a check logged late leaves it as it is. */
    MonitoredCertification checkedOn(LocalDate day) {
        boolean later = lastCheckedOn == null || day != null && day.isAfter(lastCheckedOn);
        return with(holderNames, status, reReview, later ? day : lastCheckedOn, successorNumber);
    }

    private MonitoredCertification with(List<String> newHolderNames, CertificationStatus newStatus,
                                        ReReviewStage newReReview, LocalDate newLastCheckedOn, String newSuccessor) {
        return new MonitoredCertification(certificateNumber, serviceNameKo, serviceNameEn, newHolderNames, field,
                level, newStatus, validFrom, validUntil, reReviewDueOn, newReReview, newLastCheckedOn, newSuccessor);
    }
}
