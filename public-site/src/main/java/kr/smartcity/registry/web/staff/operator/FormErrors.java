package kr.smartcity.registry.web.staff.operator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was wrong with a submitted form, by field: the message key of the first problem of each field, shown beside
 * it ({@code #{${errors.get('field')}}}). Public because the templates call it.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Keeps the first problem of a field: the one the reader has to fix first. */
    void reject(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
    }

    boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }
}
