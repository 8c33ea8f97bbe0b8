package kr.smartcity.registry.web.security;

import java.util.List;
import java.util.Optional;

/**
 * Where accounts and the record of their changes are kept (infra keeps them in MongoDB, collections {@code accounts}
 * with a unique account name and {@code account_changes}); the web only knows this port.
 */
public interface AccountStore {

    Optional<Account> find(String name);

    /** Every account, by name. */
    List<Account> all();

    /** Adds a new account; false if one of that name exists already (nothing changes then). */
    boolean create(Account account);

    /** Replaces an existing account. */
    void update(Account account);

    void record(AccountChange change);

    /** The newest changes first, at most {@code limit}. */
    List<AccountChange> latestChanges(int limit);
}
