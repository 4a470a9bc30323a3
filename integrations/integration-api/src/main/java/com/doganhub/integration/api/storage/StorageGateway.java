package com.doganhub.integration.api.storage;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How modules store files. Keys are relative ({@code invoices/2026/INV-1.pdf}); the gateway places them under the
 * calling tenant's prefix in the active storage provider, so one tenant can never address another's objects.
 * Never pass a client's file name as a key: generate keys (the files API does).
 */
@ProviderType
public interface StorageGateway {

    /**
     * Streams {@code content} to the active provider, computing size and SHA-256 on the way; an existing object of
     * the same key is replaced.
     *
     * @throws IllegalArgumentException for a key that is not relative, contains {@code ..}, or has unsafe characters
     * @throws StorageUnavailable when the provider cannot take it; nothing is left half-written
     */
    StoredObject put(String key, InputStream content, String contentType);

    Optional<StoredObject> stat(String key);

    /** Opens the object's content; the caller closes the stream. Empty when there is no such object. */
    Optional<InputStream> open(String key);

    /** Deletes the object; {@code false} when there was none. */
    boolean delete(String key);

    /** The objects whose key starts with {@code prefix} (relative, as given to {@link #put}), in key order. */
    List<StoredObject> list(String prefix);

    /** A link that reads the object without credentials until {@code ttl} has passed. */
    PresignedLink link(String key, Duration ttl);
}
