package com.doganhub.integration.api.storage;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How modules store files. Keys are relative ({@code invoices/2026/INV-1.pdf}); the gateway places them under
 * the calling tenant's prefix, so one tenant can never address another's objects.
 */
@ProviderType
public interface StorageGateway {

    StoredObject put(String key, InputStream content, long size, String contentType);

    Optional<StoredObject> stat(String key);

    /** Opens the object's content; the caller closes the stream. Empty when there is no such object. */
    Optional<InputStream> open(String key);

    /** Deletes the object; {@code false} when there was none. */
    boolean delete(String key);

    PresignedLink presign(String key, Duration ttl);
}
