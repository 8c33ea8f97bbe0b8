package kr.smartcity.registry.web.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.AuditQueries.AuditEntry;

/**
 * The audit trail as CSV (RFC 4180) in UTF-8 with a byte order mark, which Excel needs to read Korean. Times are
 * Korean local time.
 */
final class AuditCsv {

    private static final String BOM = "\uFEFF";
    private static final List<String> HEADER = List.of("at (KST)", "actor", "roles", "event", "applicationId",
            "certificateNumber", "roundId", "indicatorCode", "before", "after", "departsFromSuggestion", "reason",
            "sequenceNumber", "eventId");

    private AuditCsv() {
    }

    static byte[] of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(BOM).append(line(HEADER.stream()));
        entries.forEach(entry -> csv.append(line(Stream.of(LocalDateTime.ofInstant(entry.at(), Seoul.ZONE),
                entry.actor(), String.join(",", entry.roles()), entry.event(), entry.applicationId(),
                entry.certificateNumber(), entry.roundId(), entry.indicatorCode(), entry.before(), entry.after(),
                entry.departsFromSuggestion(), entry.reason(), entry.sequenceNumber(), entry.eventId()))));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(Stream<?> cells) {
        return cells.map(AuditCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // Free text (reasons) must not run as a spreadsheet formula when the file is opened.
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
