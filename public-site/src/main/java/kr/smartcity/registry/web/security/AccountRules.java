package kr.smartcity.registry.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kr.smartcity.registry.command.api.Role;

/**
 * What an account's fields must be: each check adds a problem (a message key of the {@code admin} bundle) beside the
 * field it is about, so a form shows them all at once.
 */
final class AccountRules {

    /** Lower-case letters, digits, '.', '_' and '-', starting with a letter; 3 to 32 characters. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    static final Pattern ROUND = Pattern.compile("[A-Za-z0-9-]{1,20}");
    static final int DISPLAY_NAME_MAX = 60;
    static final int PASSWORD_MIN = 12;
    static final int PASSWORD_MAX = 128;
    static final int ROUNDS_MAX = 20;
    /** The demo accounts' password: never accepted for a real account. */
    static final String DEMO_PASSWORD = "demo";

    private final Map<String, String> problems = new LinkedHashMap<>();

    Map<String, String> problems() {
        return problems;
    }

    void name(String name) {
        if (name == null || name.isBlank()) {
            problems.put("name", "admin.error.name.required");
        } else if (!NAME.matcher(name).matches()) {
            problems.put("name", "admin.error.name.pattern");
        }
    }

    void displayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            problems.put("displayName", "admin.error.displayName.required");
        } else if (displayName.strip().length() > DISPLAY_NAME_MAX || displayName.chars().anyMatch(Character::isISOControl)) {
            problems.put("displayName", "admin.error.displayName.length");
        }
    }

    /** A new password, never the account's name nor the demo password. */
    void password(String password, String accountName) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            problems.put("password", "admin.error.password.length");
        } else if (password.equalsIgnoreCase(DEMO_PASSWORD) || password.equalsIgnoreCase(accountName)
                || password.chars().distinct().count() < 4) {
            problems.put("password", "admin.error.password.weak");
        }
    }

    /** The roles named, or none (and a problem recorded) if they were not all known. */
    Set<Role> roles(Collection<String> names) {
        if (names == null || names.stream().allMatch(n -> n == null || n.isBlank())) {
            problems.put("roles", "admin.error.roles.required");
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            var role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name.strip())).findFirst();
            if (role.isEmpty()) {
                problems.put("roles", "admin.error.roles.unknown");
                return Set.of();
            }
            roles.add(role.get());
        }
        return roles;
    }

    /** Round ids an evaluator serves: only for evaluators, each a round id. */
    Set<String> rounds(Collection<String> ids, Set<Role> roles) {
        Set<String> rounds = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).forEach(rounds::add);
        }
        if (rounds.size() > ROUNDS_MAX || !rounds.stream().allMatch(id -> ROUND.matcher(id).matches())) {
            problems.put("rounds", "admin.error.rounds.format");
        } else if (!rounds.isEmpty() && !roles.isEmpty() && !roles.contains(Role.EVALUATOR)) {
            problems.put("rounds", "admin.error.rounds.evaluatorOnly");
        }
        return rounds;
    }

    void check() {
        if (!problems.isEmpty()) {
            throw new AccountRefusal(AccountRefusal.Kind.INVALID, problems);
        }
    }
}
