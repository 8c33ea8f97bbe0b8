package kr.smartcity.registry.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;
import kr.smartcity.registry.query.api.AuditQueries.AuditFilter;
import kr.smartcity.registry.query.api.AuditQueries.AuditPage;
import kr.smartcity.registry.query.api.AuditQueries.ExportAuditTrailQuery;
import kr.smartcity.registry.query.api.AuditQueries.FindAuditTrailQuery;

/**
 * The ministry's audit trail (감사 추적), as JSON pages and as a CSV export with the same filters. {@code from} and
 * {@code to} are Korean dates ({@code 2024-03-01}, {@code to} takes in that whole day) or Korean local date-times
 * ({@code 2024-03-01T09:00}, {@code to} exclusive).
 */
@RestController
@RequestMapping("/api/v1")
class AuditApi {


    private final QueryGateway queries;

    AuditApi(QueryGateway queries) {
        this.queries = queries;
    }

    /** The filters of both endpoints, bound from the query string. */
    record AuditRequest(String applicationId, String certificateNumber, String actor, String role, String indicator,
                        String from, String to) {

        AuditFilter toFilter() {
            return new AuditFilter(applicationId, certificateNumber, actor, role, indicator, instant(from, false),
                    instant(to, true));
        }

        private static Instant instant(String text, boolean end) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                if (text.contains("T")) {
                    return LocalDateTime.parse(text).atZone(Seoul.ZONE).toInstant();
                }
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(Seoul.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException("from/to는 2024-03-01 또는 2024-03-01T09:00 형식입니다. "
                        + "/ from and to take 2024-03-01 or 2024-03-01T09:00.");
            }
        }
    }

    @GetMapping("/audit")
    AuditPage trail(AuditRequest request, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) {
        Paging.check(page, size);
        return queries.query(new FindAuditTrailQuery(request.toFilter(), page, size), AuditPage.class).join();
    }

    @GetMapping("/audit.csv")
    ResponseEntity<byte[]> export(AuditRequest request) {
        List<AuditEntry> entries = queries.query(new ExportAuditTrailQuery(request.toFilter()),
                ResponseTypes.multipleInstancesOf(AuditEntry.class)).join();
        return Csv.download("audit.csv").body(AuditCsv.of(entries));
    }
}
