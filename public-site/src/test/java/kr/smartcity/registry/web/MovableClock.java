package kr.smartcity.registry.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import kr.smartcity.registry.command.api.Seoul;

/** A clock in Seoul that a test sets by hand, for rules that depend on how much time has passed. */
public final class MovableClock extends Clock {

    private Instant now;

    public MovableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return Seoul.ZONE;
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
