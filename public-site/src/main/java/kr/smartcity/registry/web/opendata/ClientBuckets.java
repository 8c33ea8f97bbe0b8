package kr.smartcity.registry.web.opendata;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A {@link TokenBucket} per client. At most once a minute the buckets that have filled up again are dropped, so the
 * map holds only the clients of about the last minute however many come and go.
 */
final class ClientBuckets {

    private static final long SWEEP_EVERY = TimeUnit.MINUTES.toNanos(1);

    private final int requestsPerMinute;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong sweptAt;

    ClientBuckets(int requestsPerMinute, LongSupplier nanoTime) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("registry.rate-limit.requests-per-minute must be at least 1");
        }
        this.requestsPerMinute = requestsPerMinute;
        this.nanoTime = nanoTime;
        this.sweptAt = new AtomicLong(nanoTime.getAsLong());
    }

    /** Counts a request of this client: {@link Duration#ZERO} when it may go ahead, else how long it must wait. */
    Duration take(String client) {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        TokenBucket bucket = buckets.computeIfAbsent(client, c -> new TokenBucket(requestsPerMinute, now));
        return Duration.ofNanos(bucket.take(now));
    }

    int clients() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = sweptAt.get();
        if (now - last >= SWEEP_EVERY && sweptAt.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }
}
