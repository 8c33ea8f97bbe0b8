package kr.smartcity.registry.web.staff.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.web.security.Account;

/** An account as the admin pages show it: roles in the order of {@code Role}, rounds sorted, times in Korea. */
record AccountView(String name, String displayName, List<String> roles, List<String> rounds, boolean enabled,
                   LocalDateTime createdAt, LocalDateTime changedAt) {

    static AccountView of(Account account) {
        return new AccountView(account.name(), account.displayName(),
                account.roles().stream().sorted().map(Enum::name).toList(),
                account.rounds().stream().sorted().toList(), account.enabled(),
                seoul(account.createdAt()), seoul(account.changedAt()));
    }

    static LocalDateTime seoul(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, Seoul.ZONE);
    }
}
