package com.doganhub.itests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Real time plus an offset the test moves forward: billing's time travel (registered with doganhub.clock=billing). */
final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    void travel(Duration by) {
        offset = offset.plus(by);
    }

    void travelTo(Instant moment) {
        offset = Duration.between(Instant.now(), moment);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
