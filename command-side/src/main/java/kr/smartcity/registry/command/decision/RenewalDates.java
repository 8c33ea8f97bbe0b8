package kr.smartcity.registry.command.decision;

import java.time.LocalDate;

/**
 * When a renewed certification starts: the day after its predecessor's last valid day, so validity runs on without
 * a gap. Refuses unless the predecessor is under re-review. Resolved as a handler parameter.
 */
public interface RenewalDates {

    LocalDate successorStartsOn(String previousCertificateNumber);
}
