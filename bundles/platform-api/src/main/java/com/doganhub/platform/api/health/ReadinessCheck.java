package com.doganhub.platform.api.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something the platform needs before it can serve. Implementations answer from state they keep current in the
 * background or with a short, bounded probe: {@code /health/ready} calls them on the request thread.
 */
@ConsumerType
public interface ReadinessCheck {

    /** Short stable name shown in the readiness answer ({@code database}, {@code migrations}). */
    String name();

    Readiness check();
}
