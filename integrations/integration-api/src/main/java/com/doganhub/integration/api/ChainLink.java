package com.doganhub.integration.api;

import java.util.Map;
import java.util.Objects;

/**
 * One provider of a resolved chain, with the tenant's own settings for it (empty when the platform's apply).
 * Settings may hold secrets, already decrypted: keep them in memory only.
 */
public record ChainLink(Provider provider, Map<String, String> settings) {

    public ChainLink {
        Objects.requireNonNull(provider, "provider");
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    public String name() {
        return provider.name();
    }

    @Override
    public String toString() {
        return "ChainLink[" + provider.name() + ", settings=" + settings.keySet() + "]";
    }
}
