package com.doganhub.platform.api.security;

import java.time.Duration;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Counts attempts per key within a window that starts at the key's first counted attempt (a fixed window, the
 * shape of Redis {@code INCR} + {@code PEXPIRE}). The platform ships an in-memory counter; a shared store (Redis)
 * registers a higher-ranked service so that every node sees the same counts.
 */
@ConsumerType
public interface AttemptCounter {

    /** Adds one attempt to {@code key}, opening a window of {@code window} if none is open, and returns the state. */
    Attempts increment(String key, Duration window);

    /** The state of {@code key} without counting. */
    Attempts peek(String key);

    /** Forgets {@code key} (after a successful login, for instance). */
    void reset(String key);
}
