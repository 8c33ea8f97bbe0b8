package kr.smartcity.registry.web.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The token buckets per client, on a clock the test moves. */
class ClientBucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final ClientBuckets buckets = new ClientBuckets(6, nanos::get);

    private void after(long seconds) {
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void aMinutesRequestsGoAtOnceThenOneEveryTenthOfAMinute() {
        for (int i = 0; i < 6; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(10));
        after(4);
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(6));
        after(6);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        for (int i = 0; i < 6; i++) {
            buckets.take("a");
        }
        assertThat(buckets.take("a")).isPositive();
        assertThat(buckets.take("b")).isZero();
    }

    @Test
    void clientsWhoseAllowanceFilledUpAgainAreForgotten() {
        buckets.take("idle");
        for (int i = 0; i < 6; i++) {
            buckets.take("busy");
        }
        after(50);
        buckets.take("busy");
        assertThat(buckets.clients()).isEqualTo(2);

        after(10);
        buckets.take("new");
        assertThat(buckets.clients()).as("idle is full again and dropped; busy is not yet").isEqualTo(2);
    }
}
