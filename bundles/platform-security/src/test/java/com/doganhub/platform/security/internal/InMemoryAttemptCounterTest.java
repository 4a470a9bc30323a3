package com.doganhub.platform.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.doganhub.platform.api.security.Attempts;

class InMemoryAttemptCounterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final InMemoryAttemptCounter counter = new InMemoryAttemptCounter(clock);

    @Test
    void countsAttemptsWithinTheWindowThatTheFirstAttemptOpened() {
        counter.increment("login:demo:sara@demo.local", Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        Attempts second = counter.increment("login:demo:sara@demo.local", Duration.ofMinutes(15));

        assertThat(second.count()).isEqualTo(2);
        assertThat(second.windowEnds()).isEqualTo(Instant.parse("2026-11-27T09:15:00Z"));
        assertThat(second.remaining(clock.instant())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aClosedWindowStartsAgainFromOne() {
        counter.increment("ip:10.0.0.7", Duration.ofMinutes(15));
        counter.increment("ip:10.0.0.7", Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));

        assertThat(counter.peek("ip:10.0.0.7")).isEqualTo(Attempts.NONE);
        assertThat(counter.increment("ip:10.0.0.7", Duration.ofMinutes(15)).count()).isEqualTo(1);
    }

    @Test
    void resetForgetsTheKeyOnly() {
        counter.increment("a", Duration.ofMinutes(1));
        counter.increment("b", Duration.ofMinutes(1));
        counter.reset("a");

        assertThat(counter.peek("a").count()).isZero();
        assertThat(counter.peek("b").count()).isEqualTo(1);
    }

    @Test
    void expiredWindowsAreSweptOnceTheMapIsLarge() {
        for (int i = 0; i <= InMemoryAttemptCounter.SWEEP_ABOVE; i++) {
            counter.increment("ip:" + i, Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(2));
        counter.increment("ip:fresh", Duration.ofSeconds(1));

        assertThat(counter.size()).isEqualTo(1);
        assertThat(counter.peek("ip:fresh").count()).isEqualTo(1);
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
