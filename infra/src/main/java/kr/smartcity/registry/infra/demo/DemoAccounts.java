package kr.smartcity.registry.infra.demo;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of DESIGN.md (password {@code demo}). They exist only in demo mode; the
 * production profile turns demo mode off.
 */
@Component
@ConditionalOnProperty(name = "registry.demo.enabled", havingValue = "true")
class DemoAccounts {

    private static final Map<String, String> ROLES = Map.of(
            "operator", "OPERATOR",
            "evaluator1", "EVALUATOR",
            "evaluator2", "EVALUATOR",
            "evaluator3", "EVALUATOR",
            "evaluator4", "EVALUATOR",
            "evaluator5", "EVALUATOR",
            "ministry", "MINISTRY",
            "monitor", "MONITOR",
            "applicant", "APPLICANT",
            "admin", "ADMIN");

    /** Accounts are a web concern: a node without the web role has none to fill. */
    DemoAccounts(ObjectProvider<InMemoryUserDetailsManager> accounts, ObjectProvider<PasswordEncoder> passwords) {
        accounts.ifAvailable(store -> {
            String demo = passwords.getObject().encode("demo");
            ROLES.forEach((name, role) -> store.createUser(User.withUsername(name).password(demo).roles(role).build()));
        });
    }
}
