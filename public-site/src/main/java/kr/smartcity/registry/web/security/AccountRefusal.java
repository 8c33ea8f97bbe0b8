package kr.smartcity.registry.web.security;

import java.util.Map;

/**
 * Why an account change was not made: bad input (each problem beside its field), no such account, or a conflict
 * (the name is taken; an administrator locking themself out). {@code problems} maps a field, or {@code form}, to a
 * message key of the {@code admin} bundle; nothing has changed.
 */
public final class AccountRefusal extends RuntimeException {

    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT
    }

    /** The key under which a problem not tied to one field is reported. */
    public static final String FORM = "form";

    private final Kind kind;
    private final Map<String, String> problems;

    AccountRefusal(Kind kind, Map<String, String> problems) {
        super(kind + " " + problems, null, false, false);
        this.kind = kind;
        this.problems = Map.copyOf(problems);
    }

    static AccountRefusal of(Kind kind, String field, String key) {
        return new AccountRefusal(kind, Map.of(field, key));
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, String> problems() {
        return problems;
    }
}
