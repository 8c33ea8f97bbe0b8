package kr.smartcity.registry.web.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.web.security.AccountChange.Kind;

/**
 * 계정 관리: what an administrator does to accounts, the same for the admin pages and the admin API. Every change is
 * checked first (nothing changes on a refusal) and recorded with who made it and when; an administrator cannot
 * disable their own account nor take their own ADMIN role away (no one would be left to give it back).
 */
@Component
public class AccountAdministration {

    private final AccountStore store;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountAdministration(AccountStore store, PasswordEncoder passwords, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** What a new account is to be; {@code roles} are role names as sent, checked here. */
    public record NewAccount(String name, String displayName, Collection<String> roles, String password,
                             Collection<String> rounds) {
    }

    public List<Account> accounts() {
        return store.all();
    }

    public Account account(String name) {
        return store.find(name).orElseThrow(() ->
                AccountRefusal.of(AccountRefusal.Kind.NOT_FOUND, AccountRefusal.FORM, "admin.error.notFound"));
    }

    public List<AccountChange> latestChanges(int limit) {
        return store.latestChanges(limit);
    }

    public Account create(NewAccount request, String by) {
        AccountRules rules = new AccountRules();
        rules.name(request.name());
        rules.displayName(request.displayName());
        Set<Role> roles = rules.roles(request.roles());
        Set<String> rounds = rules.rounds(request.rounds(), roles);
        rules.password(request.password(), request.name());
        rules.check();
        Instant now = clock.instant();
        Account account = new Account(request.name(), request.displayName().strip(), roles, true, rounds,
                passwords.encode(request.password()), now, now);
        if (!store.create(account)) {
            throw AccountRefusal.of(AccountRefusal.Kind.CONFLICT, "name", "admin.error.name.taken");
        }
        store.record(new AccountChange(now, by, account.name(), Kind.CREATED, describe(roles, rounds)));
        return account;
    }

    public Account setEnabled(String name, boolean enabled, String by) {
        Account account = account(name);
        if (!enabled && name.equals(by)) {
            throw AccountRefusal.of(AccountRefusal.Kind.CONFLICT, AccountRefusal.FORM, "admin.error.self.disable");
        }
        Instant now = clock.instant();
        Account changed = account.withEnabled(enabled, now);
        store.update(changed);
        store.record(new AccountChange(now, by, name, enabled ? Kind.ENABLED : Kind.DISABLED, ""));
        return changed;
    }

    public Account resetPassword(String name, String password, String by) {
        Account account = account(name);
        AccountRules rules = new AccountRules();
        rules.password(password, name);
        rules.check();
        Instant now = clock.instant();
        Account changed = account.withPasswordHash(passwords.encode(password), now);
        store.update(changed);
        store.record(new AccountChange(now, by, name, Kind.PASSWORD_RESET, ""));
        return changed;
    }

    public Account assign(String name, Collection<String> roleNames, Collection<String> roundIds, String by) {
        Account account = account(name);
        AccountRules rules = new AccountRules();
        Set<Role> roles = rules.roles(roleNames);
        Set<String> rounds = rules.rounds(roundIds, roles);
        rules.check();
        if (name.equals(by) && !roles.contains(Role.ADMIN)) {
            throw AccountRefusal.of(AccountRefusal.Kind.CONFLICT, "roles", "admin.error.self.admin");
        }
        Instant now = clock.instant();
        Account changed = account.withRoles(roles, rounds, now);
        store.update(changed);
        store.record(new AccountChange(now, by, name, Kind.ROLES_CHANGED, describe(roles, rounds)));
        return changed;
    }

    private static String describe(Set<Role> roles, Set<String> rounds) {
        String text = String.join(",", new TreeSet<>(roles.stream().map(Enum::name).toList()));
        return rounds.isEmpty() ? text : text + " / " + String.join(",", new TreeSet<>(rounds));
    }
}
