package kr.smartcity.registry.web.security;

import java.time.Instant;

/**
 * One change an administrator made to an account: who made it, to which account, what kind of change and, for roles
 * and rounds, what they became. Never a password, nor its hash.
 */
public record AccountChange(Instant at, String by, String account, Kind kind, String detail) {

    public enum Kind {
        CREATED, DISABLED, ENABLED, PASSWORD_RESET, ROLES_CHANGED
    }
}
