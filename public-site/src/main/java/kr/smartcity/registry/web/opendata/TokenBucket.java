package kr.smartcity.registry.web.opendata;

/**
 * One client's allowance: up to a minute's worth of requests at once, refilled evenly as time passes. A full bucket
 * is as good as a new one, which is what lets {@link ClientBuckets} forget idle clients. Times are nanoseconds of a
 * monotonic clock.
 */
final class TokenBucket {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(int requestsPerMinute, long now) {
        this.capacity = requestsPerMinute;
        this.tokensPerNano = requestsPerMinute / NANOS_PER_MINUTE;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /** Takes a request's token: 0 when there was one, else the nanoseconds until there will be. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
        }
    }
}
