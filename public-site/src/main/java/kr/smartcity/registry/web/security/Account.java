package kr.smartcity.registry.web.security;

import java.time.Instant;
import java.util.Set;

import kr.smartcity.registry.command.api.Role;

/**
 * A staff account: its name (the sign-in id), the name shown to people, its roles, whether it may sign in, the
 * rounds an evaluator serves, and its password as a hash ({@code {bcrypt}…}), never the password itself.
 */
public record Account(String name, String displayName, Set<Role> roles, boolean enabled, Set<String> rounds,
                      String passwordHash, Instant createdAt, Instant changedAt) {

    public Account {
        roles = Set.copyOf(roles);
        rounds = Set.copyOf(rounds);
    }

    Account withRoles(Set<Role> newRoles, Set<String> newRounds, Instant at) {
        return new Account(name, displayName, newRoles, enabled, newRounds, passwordHash, createdAt, at);
    }

    Account withEnabled(boolean newEnabled, Instant at) {
        return new Account(name, displayName, roles, newEnabled, rounds, passwordHash, createdAt, at);
    }

    Account withPasswordHash(String newHash, Instant at) {
        return new Account(name, displayName, roles, enabled, rounds, newHash, createdAt, at);
    }
}
