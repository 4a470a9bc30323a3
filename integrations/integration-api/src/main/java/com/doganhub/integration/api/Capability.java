package com.doganhub.integration.api;

import java.util.Locale;

/**
 * What a provider does. The active provider chain of a capability is the Config Admin PID
 * {@code com.doganhub.integration.<id>}, key {@code provider}.
 */
public enum Capability {
    EMAIL, STORAGE, AI, PAYMENTS, CACHE;

    /** Lower-case id used in PIDs, REST paths and service properties ({@code email}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Config Admin PID holding this capability's provider choice. */
    public String configurationPid() {
        return "com.doganhub.integration." + id();
    }

    public static Capability fromId(String id) {
        for (Capability capability : values()) {
            if (capability.id().equals(id)) {
                return capability;
            }
        }
        throw new IllegalArgumentException("unknown capability: " + id);
    }
}
