package kr.smartcity.registry.infra.integrity;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import kr.smartcity.registry.command.api.Seoul;
import kr.smartcity.registry.query.api.IntegrityMessages.ChainCheck;

/**
 * Publishes each day's digest once: at 00:10 Korean time, when every command stamped before midnight has committed,
 * and as the registry starts if it was not running then. A day's digest covers the events stamped before the day
 * began, so it comes out the same whenever it is computed. Verifying reads every event, so it runs on a thread of
 * its own, never holding up startup.
 */
final class DigestPublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DigestPublisher.class);
    private static final String DAILY = "0 10 0 * * *";

    private final ChainVerifier verifier;
    private final DigestLedger ledger;
    private final Clock clock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    DigestPublisher(ChainVerifier verifier, DigestLedger ledger, Clock clock) {
        this.verifier = verifier;
        this.ledger = ledger;
        this.clock = clock;
        scheduler.setThreadNamePrefix("chain-digest-");
        scheduler.initialize();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.execute(this::publishTodayIfMissing);
        scheduler.schedule(this::publishTodayIfMissing, new CronTrigger(DAILY, Seoul.ZONE));
    }

    private void publishTodayIfMissing() {
        LocalDate today = LocalDate.now(clock);
        if (ledger.on(today).isPresent()) {
            return;
        }
        ChainVerifier.Verification verification = verifier.verify(today);
        ledger.publish(verification.digest());
        log.info("Published the digest of {}: {} over {} events", today, verification.digest().digest(),
                verification.digest().events());
        ChainCheck chain = verification.chain();
        if (chain.brokenLinks() > 0) {
            log.error("The event chain is broken: {} broken links, the first {}", chain.brokenLinks(),
                    chain.firstBrokenLink());
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }
}
