package com.doganhub.platform.api.health;

import java.util.Objects;

/** One readiness answer: ready or not, and a reason an operator can act on. */
public record Readiness(String name, boolean ready, String detail) {

    public Readiness {
        Objects.requireNonNull(name, "name");
        detail = detail == null ? "" : detail;
    }

    public static Readiness ready(String name, String detail) {
        return new Readiness(name, true, detail);
    }

    public static Readiness notReady(String name, String reason) {
        return new Readiness(name, false, reason);
    }
}
