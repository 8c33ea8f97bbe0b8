package kr.smartcity.registry.infra.accounts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import kr.smartcity.registry.web.security.AccountStore;

/** The account store of web nodes (the web signs in and administers accounts; no other role needs them). */
@Configuration
@ConditionalOnExpression("'${registry.roles}'.contains('web')")
class AccountsWiring {

    @Bean
    AccountStore accountStore(MongoTemplate mongo) {
        MongoAccountStore store = new MongoAccountStore(mongo);
        store.ensureIndexes();
        return store;
    }
}
