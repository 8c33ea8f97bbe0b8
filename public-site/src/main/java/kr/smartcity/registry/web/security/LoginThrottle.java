package kr.smartcity.registry.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins within a window (15 minutes), per account and per client address: at the limit further attempts are
 * refused until the oldest failure leaves the window, whether the password is right or not. The address's limit is
 * higher than the account's, as one office's staff may share an address. Kept in this node's memory: each web node
 * counts on its own, and a restart forgets (docs/security.md).
 */
@Component
class LoginThrottle {

    /** Keys whose failures have all left the window are swept once the table grows beyond this. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(Clock clock,
                  @Value("${registry.login.max-failures:5}") int perAccount,
                  @Value("${registry.login.max-failures-per-address:20}") int perAddress,
                  @Value("${registry.login.window:15m}") Duration window) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** How long until an attempt for this account from this address will be heard, if it is refused now. */
    Optional<Duration> refusal(String account, String address) {
        Instant now = clock.instant();
        return longest(wait(accountKey(account), perAccount, now), wait(addressKey(address), perAddress, now));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        add(accountKey(event.getAuthentication().getName()), now);
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            add(addressKey(details.getRemoteAddress()), now);
        }
    }

    /** A right password clears the account's failures (not its address's: others may be guessing from there). */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(accountKey(event.getAuthentication().getName()));
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            forget(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    private void add(String key, Instant now) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forget(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            forget(times, now);
            times.addLast(now);
        }
    }

    private void forget(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
