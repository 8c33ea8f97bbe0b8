package kr.smartcity.registry.web.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kr.smartcity.registry.query.api.IntegrityMessages.DailyDigest;
import kr.smartcity.registry.query.api.IntegrityMessages.LatestDigestQuery;

/**
 * The latest daily digest of the history for every page ({@code fragments/integrity}), asked at most once a minute:
 * it changes once a day. Null while none is published or no node answers.
 */
@ControllerAdvice(basePackageClasses = DigestModel.class)
class DigestModel {

    private static final Logger log = LoggerFactory.getLogger(DigestModel.class);
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Seen(Instant at, DailyDigest digest) {
    }

    private final QueryGateway queries;
    private final Clock clock;
    private volatile Seen seen = new Seen(Instant.MIN, null);

    DigestModel(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @ModelAttribute("integrityDigest")
    DailyDigest integrityDigest() {
        Seen last = seen;
        Instant now = clock.instant();
        if (last.at().plus(FRESH_FOR).isAfter(now)) {
            return last.digest();
        }
        DailyDigest digest;
        try {
            digest = queries.query(new LatestDigestQuery(), ResponseTypes.optionalInstanceOf(DailyDigest.class))
                    .join().orElse(null);
        } catch (RuntimeException e) {
            log.debug("Digest unavailable", e);
            digest = null;
        }
        seen = new Seen(now, digest);
        return digest;
    }
}
