package com.doganhub.integration.api.storage;

import java.time.Instant;
import java.util.Objects;

/**
 * Metadata of a stored object.
 *
 * @param sha256 hex SHA-256 of the content, computed while it was written (may be {@code null} when a provider's
 *               listing does not carry it)
 */
public record StoredObject(String key, long size, String contentType, String sha256, Instant storedAt) {

    public StoredObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(storedAt, "storedAt");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
    }
}
