package kr.smartcity.registry.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.MonitoringQueries.CertificationChecks;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringChecksQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.FindMonitoringScheduleQuery;
import kr.smartcity.registry.query.api.MonitoringQueries.MonitoringSchedule;

/**
 * Staff API: the monitoring schedule (모니터링 일정) and a certification's monitoring checks. Who may read them is the
 * query handler's decision; its refusal answers 403.
 */
@RestController
@RequestMapping("/api/v1/monitoring")
class MonitoringApi {

    private final QueryGateway queries;
    private final Clock clock;

    MonitoringApi(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The schedule as of today in Seoul, or as of {@code on} ({@code 2025-09-01}) to look ahead or back. */
    @GetMapping("/schedule")
    MonitoringSchedule schedule(@RequestParam(required = false) String on) {
        return queries.query(new FindMonitoringScheduleQuery(day(on)), MonitoringSchedule.class).join();
    }

    @GetMapping("/certifications/{number}/checks")
    CertificationChecks checks(@PathVariable String number) {
        return queries.query(new FindMonitoringChecksQuery(number),
                        ResponseTypes.optionalInstanceOf(CertificationChecks.class)).join()
                .orElseThrow(() -> CertificationsApi.unknown(number));
    }

    private LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return LocalDate.now(clock.withZone(Seoul.ZONE));
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("on은 2025-09-01 형식의 날짜입니다. / on takes a date such as 2025-09-01.");
        }
    }
}
