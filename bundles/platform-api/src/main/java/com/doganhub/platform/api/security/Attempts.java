package com.doganhub.platform.api.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The attempts counted for a key in its current window.
 *
 * @param count       attempts in the window; 0 when no window is open
 * @param windowEnds  when the count drops back to 0; {@code null} when no window is open
 */
public record Attempts(int count, Instant windowEnds) {

    public static final Attempts NONE = new Attempts(0, null);

    /** Time left until the window closes, never negative. */
    public Duration remaining(Instant now) {
        if (windowEnds == null || !windowEnds.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, windowEnds);
    }
}
