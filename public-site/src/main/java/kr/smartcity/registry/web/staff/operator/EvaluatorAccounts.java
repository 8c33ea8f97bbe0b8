package kr.smartcity.registry.web.staff.operator;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Role;

/**
 * Whether an account name belongs to an evaluator (인증평가위원): a committee is formed of evaluator accounts only,
 * as the sign-in accounts know them.
 */
@Component
class EvaluatorAccounts {

    private static final String EVALUATOR = "ROLE_" + Role.EVALUATOR.name();

    private final UserDetailsService accounts;

    EvaluatorAccounts(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    boolean isEvaluator(String account) {
        try {
            return accounts.loadUserByUsername(account).getAuthorities().stream()
                    .anyMatch(authority -> EVALUATOR.equals(authority.getAuthority()));
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
