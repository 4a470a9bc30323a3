package com.doganhub.platform.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.platform.api.security.AttemptCounter;
import com.doganhub.platform.api.security.Attempts;

/**
 * The default {@link AttemptCounter}: fixed windows kept in this node's memory. Good for one node; with several
 * nodes each counts on its own, which is why a shared counter (Redis) registers with a higher ranking.
 * Expired windows are dropped whenever the map is touched past {@link #SWEEP_ABOVE} keys, so an attacker cycling
 * through keys cannot grow it without bound.
 */
@Component(service = AttemptCounter.class, property = "service.ranking:Integer=-100")
public class InMemoryAttemptCounter implements AttemptCounter {

    static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Attempts> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    @Activate
    public InMemoryAttemptCounter() {
        this(Clock.systemUTC());
    }

    InMemoryAttemptCounter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Attempts increment(String key, Duration window) {
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(attempts -> !attempts.windowEnds().isAfter(now));
        }
        return windows.compute(key, (ignored, current) -> current == null || !current.windowEnds().isAfter(now)
                ? new Attempts(1, now.plus(window))
                : new Attempts(current.count() + 1, current.windowEnds()));
    }

    @Override
    public Attempts peek(String key) {
        Attempts current = windows.get(key);
        if (current == null || !current.windowEnds().isAfter(clock.instant())) {
            return Attempts.NONE;
        }
        return current;
    }

    @Override
    public void reset(String key) {
        windows.remove(key);
    }

    int size() {
        return windows.size();
    }
}
