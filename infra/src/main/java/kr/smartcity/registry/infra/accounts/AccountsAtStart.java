package kr.smartcity.registry.infra.accounts;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.web.security.Account;
import kr.smartcity.registry.web.security.AccountAdministration;
import kr.smartcity.registry.web.security.AccountAdministration.NewAccount;
import kr.smartcity.registry.web.security.AccountRefusal;
import kr.smartcity.registry.web.security.AccountStore;

/**
 * Outside demo mode (production), a web node refuses to start while any account still has the demo password, and
 * makes the first administrator from {@code registry.admin.initial-password} (REGISTRY_ADMIN_INITIAL_PASSWORD), which
 * the first start requires and which must pass the same password rules as any account (12+ characters, not "demo").
 * Once an administrator exists, the property is not needed and is ignored.
 */
@Component
@ConditionalOnExpression("'${registry.roles}'.contains('web') and !${registry.demo.enabled:false}")
class AccountsAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AccountsAtStart.class);
    /** The demo accounts' password (DESIGN.md "Demo mode"): never on a production account. */
    private static final String DEFAULT_PASSWORD = "demo";
    private static final String SYSTEM = "system";

    private final AccountStore store;
    private final AccountAdministration administration;
    private final PasswordEncoder passwords;
    private final String initialName;
    private final String initialPassword;

    AccountsAtStart(AccountStore store, AccountAdministration administration, PasswordEncoder passwords,
                    @Value("${registry.admin.initial-name:admin}") String initialName,
                    @Value("${registry.admin.initial-password:}") String initialPassword) {
        this.store = store;
        this.administration = administration;
        this.passwords = passwords;
        this.initialName = initialName;
        this.initialPassword = initialPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Account> accounts = store.all();
        List<String> withDefault = accounts.stream()
                .filter(account -> passwords.matches(DEFAULT_PASSWORD, account.passwordHash()))
                .map(Account::name).toList();
        if (!withDefault.isEmpty()) {
            throw new IllegalStateException("Refusing to start: accounts " + withDefault + " still have the default "
                    + "password. Reset their passwords or remove them (docs/manuals/admin.md).");
        }
        boolean hasAdmin = accounts.stream().anyMatch(a -> a.enabled() && a.roles().contains(Role.ADMIN));
        if (hasAdmin) {
            if (!initialPassword.isEmpty()) {
                log.warn("registry.admin.initial-password is set but an administrator exists: it is ignored; "
                        + "remove it from the environment.");
            }
            return;
        }
        if (initialPassword.isEmpty()) {
            throw new IllegalStateException("Refusing to start: there is no administrator account. On the first start "
                    + "set REGISTRY_ADMIN_INITIAL_PASSWORD (registry.admin.initial-password, at least 12 characters, "
                    + "not 'demo'); see docs/manuals/admin.md.");
        }
        createFirstAdministrator();
    }

    private void createFirstAdministrator() {
        Set<String> roles = Set.of(Role.ADMIN.name());
        try {
            administration.create(new NewAccount(initialName, "시스템 관리자", roles, initialPassword, List.of()), SYSTEM);
        } catch (AccountRefusal refusal) {
            if (refusal.kind() == AccountRefusal.Kind.CONFLICT) {
                log.info("The first administrator {} was created by another web node starting at the same time.",
                        initialName);
                return;
            }
            throw new IllegalStateException("Refusing to start: the initial administrator " + initialName
                    + " cannot be created (" + String.join(", ", refusal.problems().values()) + "): "
                    + "registry.admin.initial-password needs at least 12 characters and must not be 'demo' or easy "
                    + "to guess.");
        }
        log.info("Created the first administrator account {} from registry.admin.initial-password; sign in, then "
                + "remove the password from the environment.", initialName);
    }
}
