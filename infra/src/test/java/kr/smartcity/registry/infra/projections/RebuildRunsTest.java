package kr.smartcity.registry.infra.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import kr.smartcity.registry.query.api.ProjectionMessages.RebuildProgress;
import kr.smartcity.registry.query.api.ProjectionMessages.RebuildResult;

/** The rate and the time left a rebuild shows, measured from when it began on this node. */
class RebuildRunsTest {

    /** A clock the test moves on. */
    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2026-11-25T01:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Seoul");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SteppedClock clock = new SteppedClock();
    private final RebuildRuns runs = new RebuildRuns(clock);

    @Test
    void progressShowsTheRateSoFarAndTheTimeLeftAtThatRate() {
        runs.started("registry");
        clock.advance(Duration.ofSeconds(2));
        assertThat(runs.progress("registry", 10_000, 50_000)).isEqualTo(new RebuildProgress(10_000, 50_000, 20, 5_000, 8L));
        assertThat(runs.last("registry")).isEmpty();
    }

    @Test
    void aFinishedRebuildIsReportedWithItsRate() {
        runs.started("audit");
        clock.advance(Duration.ofMillis(2_500));
        RebuildResult result = runs.finished("audit", 50_000);
        assertThat(result.eventsPerSecond()).isEqualTo(20_000);
        assertThat(runs.last("audit")).contains(result);
    }

    @Test
    void aReplayBegunElsewhereHasNoRateHere() {
        assertThat(runs.progress("statistics", 5, 10)).isEqualTo(new RebuildProgress(5, 10, 50, 0, null));
    }
}
