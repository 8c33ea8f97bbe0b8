package kr.smartcity.registry.query.audit;

import java.math.BigDecimal;

/**
 * What the audit trail notes about one event beyond who and when: the cases it concerns, the indicator, before →
 * after, and why. Built step by step from {@link #NONE}, one detail per call.
 */
record AuditFacts(
        String applicationId,
        String certificateNumber,
        String roundId,
        String indicatorCode,
        String before,
        String after,
        Boolean departsFromSuggestion,
        String reason) {

    static final AuditFacts NONE = new AuditFacts(null, null, null, null, null, null, null, null);

    AuditFacts application(String id) {
        return new AuditFacts(id, certificateNumber, roundId, indicatorCode, before, after, departsFromSuggestion,
                reason);
    }

    AuditFacts certificate(String number) {
        return new AuditFacts(applicationId, number, roundId, indicatorCode, before, after, departsFromSuggestion,
                reason);
    }

    AuditFacts round(String id) {
        return new AuditFacts(applicationId, certificateNumber, id, indicatorCode, before, after,
                departsFromSuggestion, reason);
    }

    AuditFacts indicator(String code) {
        return new AuditFacts(applicationId, certificateNumber, roundId, code, before, after, departsFromSuggestion,
                reason);
    }

    AuditFacts became(Object value) {
        return changed(null, value);
    }

    AuditFacts changed(Object from, Object to) {
        return new AuditFacts(applicationId, certificateNumber, roundId, indicatorCode, text(from), text(to),
                departsFromSuggestion, reason);
    }

    AuditFacts departing(boolean departs) {
        return new AuditFacts(applicationId, certificateNumber, roundId, indicatorCode, before, after, departs,
                reason);
    }

    AuditFacts because(String why) {
        return new AuditFacts(applicationId, certificateNumber, roundId, indicatorCode, before, after,
                departsFromSuggestion, why == null || why.isBlank() ? null : why);
    }

    /** Points as written ("2.5", not "2.50E0"); statuses and outcomes by name. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal points ? points.toPlainString() : value.toString();
    }
}
