package kr.smartcity.registry.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand, standing in for the application's injectable clock. */
public final class MutableClock extends Clock {

    private Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Seoul");
    }

    /** A still picture of this clock in another zone; the rules only ever read Asia/Seoul. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
