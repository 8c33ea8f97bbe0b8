package kr.smartcity.registry.web.pages;

import java.time.ZonedDateTime;
import java.util.Set;

import kr.smartcity.registry.command.api.CertificationStatus;
import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.RegistryQueries.HistoryItem;

/**
 * One step of a certification's public history as the service page shows it: when, in Korean time; what happened
 * (an event code, labelled by {@code history.event.*}); the status after it; and either the public reason or, for a
 * renewal and the expiry of a renewed certificate, the number of the certificate that follows.
 */
record TimelineStep(ZonedDateTime at, String event, CertificationStatus status, String reason, String nextNumber) {

    /** The registry's history records the successor's number where other steps record their reason. */
    private static final Set<String> NAMING_THE_SUCCESSOR = Set.of("RENEWED", "EXPIRED");

    static TimelineStep of(HistoryItem item) {
        boolean successor = NAMING_THE_SUCCESSOR.contains(item.event());
        return new TimelineStep(item.at().atZone(Seoul.ZONE), item.event(), item.status(),
                successor ? null : item.reason(), successor ? item.reason() : null);
    }
}
