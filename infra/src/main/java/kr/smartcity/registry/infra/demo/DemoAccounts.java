package kr.smartcity.registry.infra.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Role;
import kr.smartcity.registry.web.security.Account;
import kr.smartcity.registry.web.security.AccountStore;

/**
 * The demo accounts of DESIGN.md (password {@code demo}), put into the account store at start when missing (an
 * account an administrator changed stays as changed). They exist only in demo mode; the production profile turns
 * demo mode off, and then refuses to start while any account has this password.
 */
@Component
@ConditionalOnProperty(name = "registry.demo.enabled", havingValue = "true")
class DemoAccounts {

    private static final Map<String, Role> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("operator", Role.OPERATOR);
        for (int i = 1; i <= 5; i++) {
            ROLES.put("evaluator" + i, Role.EVALUATOR);
        }
        ROLES.put("ministry", Role.MINISTRY);
        ROLES.put("monitor", Role.MONITOR);
        ROLES.put("applicant", Role.APPLICANT);
        ROLES.put("admin", Role.ADMIN);
    }

    /** Accounts are a web concern: a node without the web role has none to fill. */
    DemoAccounts(ObjectProvider<AccountStore> accounts, ObjectProvider<PasswordEncoder> passwords, Clock clock) {
        accounts.ifAvailable(store -> {
            String demo = passwords.getObject().encode("demo");
            Instant now = clock.instant();
            // The demo evaluators are a standing pool, tied to no round: tests and demos announce rounds of their own.
            ROLES.forEach((name, role) -> {
                if (store.find(name).isEmpty()) {
                    store.create(new Account(name, name, Set.of(role), true, Set.of(), demo, now, now));
                }
            });
        });
    }
}
