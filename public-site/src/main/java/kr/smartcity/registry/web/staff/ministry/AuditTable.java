package kr.smartcity.registry.web.staff.ministry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kr.smartcity.registry.command.api.Seoul;

/**
 * One audit view as a table: message keys of its columns and its rows of text cells. The page and its CSV export are
 * both drawn from the same table, so they always have the same rows and columns.
 */
record AuditTable(List<String> columnKeys, List<List<String>> rows) {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Korean local time to the second: a change may follow a score within the same minute. */
    static String time(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at, Seoul.ZONE).format(SECONDS);
    }

    static String points(BigDecimal points) {
        return points == null ? "" : points.stripTrailingZeros().toPlainString();
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
