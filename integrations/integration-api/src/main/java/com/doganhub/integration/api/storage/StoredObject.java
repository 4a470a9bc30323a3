package com.doganhub.integration.api.storage;

import java.time.Instant;
import java.util.Objects;

/** Metadata of an object held by the storage provider. */
public record StoredObject(String key, long size, String contentType, String sha256, Instant storedAt) {

    public StoredObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(storedAt, "storedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
