package kr.smartcity.registry.web.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security signs accounts in from the account store: roles as {@code ROLE_…}, a disabled account refused. */
@Component
class RegistryAccounts implements UserDetailsService {

    private final AccountStore store;

    RegistryAccounts(AccountStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        Account account = store.find(name).orElseThrow(() -> new UsernameNotFoundException(name));
        return User.withUsername(account.name())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .build();
    }
}
