package kr.smartcity.registry.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kr.smartcity.registry.web.security.Account;
import kr.smartcity.registry.web.security.AccountAdministration;
import kr.smartcity.registry.web.security.AccountAdministration.NewAccount;
import kr.smartcity.registry.web.security.AccountChange;
import kr.smartcity.registry.web.security.AccountRefusal;

/**
 * Admin API for accounts: the same changes, checks and change record as the admin pages. Answers never carry a
 * password or its hash; refusals are 400 (bad input, each field named), 404 (no such account) or 409 (name taken, or
 * an administrator locking themself out).
 */
@RestController
@RequestMapping("/api/v1/admin")
class AccountsApi {

    private static final int CHANGES_MAX = 500;

    private final AccountAdministration accounts;
    private final MessageSource messages;

    AccountsApi(AccountAdministration accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    record AccountBody(String name, String displayName, Set<String> roles, boolean enabled, Set<String> rounds,
                       Instant createdAt, Instant changedAt) {

        static AccountBody of(Account a) {
            return new AccountBody(a.name(), a.displayName(),
                    a.roles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                    a.enabled(), new TreeSet<>(a.rounds()), a.createdAt(), a.changedAt());
        }
    }

    record CreateBody(String name, String displayName, List<String> roles, String password, List<String> rounds) {
    }

    record RolesBody(List<String> roles, List<String> rounds) {
    }

    record PasswordBody(String password) {
    }

    @GetMapping("/accounts")
    List<AccountBody> list() {
        return accounts.accounts().stream().map(AccountBody::of).toList();
    }

    @GetMapping("/accounts/{name}")
    AccountBody get(@PathVariable String name) {
        return AccountBody.of(accounts.account(name));
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    AccountBody create(@RequestBody CreateBody body, Authentication who) {
        return AccountBody.of(accounts.create(new NewAccount(body.name(), body.displayName(), body.roles(),
                body.password(), body.rounds()), who.getName()));
    }

    @PostMapping("/accounts/{name}/roles")
    AccountBody assign(@PathVariable String name, @RequestBody RolesBody body, Authentication who) {
        return AccountBody.of(accounts.assign(name, body.roles(), body.rounds(), who.getName()));
    }

    @PostMapping("/accounts/{name}/password")
    AccountBody resetPassword(@PathVariable String name, @RequestBody PasswordBody body, Authentication who) {
        return AccountBody.of(accounts.resetPassword(name, body.password(), who.getName()));
    }

    @PostMapping("/accounts/{name}/disable")
    AccountBody disable(@PathVariable String name, Authentication who) {
        return AccountBody.of(accounts.setEnabled(name, false, who.getName()));
    }

    @PostMapping("/accounts/{name}/enable")
    AccountBody enable(@PathVariable String name, Authentication who) {
        return AccountBody.of(accounts.setEnabled(name, true, who.getName()));
    }

    @GetMapping("/account-changes")
    List<AccountChange> changes() {
        return accounts.latestChanges(CHANGES_MAX);
    }

    /** Each problem as "field: Korean / English". */
    @ExceptionHandler(AccountRefusal.class)
    ResponseEntity<ApiError> refused(AccountRefusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        String message = refusal.problems().entrySet().stream()
                .map(problem -> (AccountRefusal.FORM.equals(problem.getKey()) ? "" : problem.getKey() + ": ")
                        + messages.getMessage(problem.getValue(), null, Locale.KOREAN) + " / "
                        + messages.getMessage(problem.getValue(), null, Locale.ENGLISH))
                .sorted().collect(Collectors.joining("; "));
        return ResponseEntity.status(status).body(new ApiError(refusal.kind().name().toLowerCase(Locale.ROOT), message));
    }
}
