package kr.smartcity.registry.infra.integrity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;
import kr.smartcity.registry.query.api.IntegrityMessages.IntegrityReport;

/**
 * The event chain verified, and a day's digest recomputed beside the one published for it: a history rewritten
 * together with its chain hashes still no longer gives the digest that was published.
 */
final class IntegrityCheck {

    private final ChainVerifier verifier;
    private final DigestLedger ledger;
    private final Clock clock;

    IntegrityCheck(ChainVerifier verifier, DigestLedger ledger, Clock clock) {
        this.verifier = verifier;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** {@code day} null: the latest day published, or today if none was. */
    IntegrityReport check(LocalDate day) {
        LocalDate checked = day != null ? day
                : ledger.latest().map(DailyDigest::date).orElseGet(() -> LocalDate.now(clock));
        ChainVerifier.Verification verification = verifier.verify(checked);
        DailyDigest recomputed = verification.digest();
        Optional<DailyDigest> published = ledger.on(checked);
        Boolean matches = published.map(digest -> digest.digest().equals(recomputed.digest())).orElse(null);
        boolean intact = verification.chain().brokenLinks() == 0 && !Boolean.FALSE.equals(matches);
        return new IntegrityReport(intact, recomputed.computedAt(), verification.chain(), recomputed,
                published.orElse(null), matches);
    }
}
