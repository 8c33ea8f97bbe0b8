package kr.smartcity.registry.infra.accounts;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

import kr.smartcity.registry.web.security.Account;
import kr.smartcity.registry.web.security.AccountChange;
import kr.smartcity.registry.web.security.AccountStore;

/**
 * Accounts in MongoDB, beside the read models but not one of them: no projection rebuild touches them. The account
 * name is unique by index, so two nodes creating the same name at once cannot both succeed.
 */
class MongoAccountStore implements AccountStore {

    static final String ACCOUNTS = "accounts";
    static final String CHANGES = "account_changes";

    private final MongoTemplate mongo;

    MongoAccountStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Made at start, whatever {@code spring.data.mongodb.auto-index-creation} says: the uniqueness is a rule. */
    void ensureIndexes() {
        mongo.indexOps(ACCOUNTS).createIndex(new Index("name", Sort.Direction.ASC).unique().named("account_name"));
        mongo.indexOps(CHANGES).createIndex(new Index("at", Sort.Direction.DESC).named("changed_at"));
    }

    @Override
    public Optional<Account> find(String name) {
        return Optional.ofNullable(mongo.findOne(byName(name), Account.class, ACCOUNTS));
    }

    @Override
    public List<Account> all() {
        return mongo.find(new Query().with(Sort.by("name")), Account.class, ACCOUNTS);
    }

    @Override
    public boolean create(Account account) {
        try {
            mongo.insert(account, ACCOUNTS);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void update(Account account) {
        mongo.findAndReplace(byName(account.name()), account, ACCOUNTS);
    }

    @Override
    public void record(AccountChange change) {
        mongo.insert(change, CHANGES);
    }

    @Override
    public List<AccountChange> latestChanges(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), AccountChange.class,
                CHANGES);
    }

    private static Query byName(String name) {
        return query(where("name").is(name));
    }
}
