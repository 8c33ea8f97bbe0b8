package kr.smartcity.registry.web.security;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.smartcity.registry.command.api.Role;

/**
 * Who may sit on a round's evaluation committee (평가위원회): an enabled evaluator account that serves the round. An
 * evaluator's account names the rounds it serves; one that names none is not tied to any round (the demo accounts,
 * a standing pool) and may be assigned in every round.
 */
@Component
public class EvaluatorRoster {

    private final AccountStore accounts;

    EvaluatorRoster(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** The names, of those given, that may not be assigned in the round. */
    public List<String> notServing(Collection<String> names, String roundId) {
        return names.stream()
                .filter(name -> accounts.find(name).filter(account -> serves(account, roundId)).isEmpty())
                .toList();
    }

    /** Every account that may be assigned in the round, by name. */
    public List<String> serving(String roundId) {
        return accounts.all().stream().filter(account -> serves(account, roundId)).map(Account::name).toList();
    }

    private static boolean serves(Account account, String roundId) {
        return account.enabled() && account.roles().contains(Role.EVALUATOR)
                && (account.rounds().isEmpty() || account.rounds().contains(roundId));
    }
}
