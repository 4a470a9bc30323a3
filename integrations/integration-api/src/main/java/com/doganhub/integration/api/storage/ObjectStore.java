package com.doganhub.integration.api.storage;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a storage provider bundle implements, next to its {@link com.doganhub.integration.api.Provider} service (same
 * {@code doganhub.provider.name}). Keys here are complete ({@code <tenant id>/<key>}): the platform's gateway adds
 * and checks the tenant prefix, so providers never decide who may read what. Run the contract test
 * ({@code ObjectStoreContract} in the integration-api test jar) against a new provider.
 */
@ConsumerType
public interface ObjectStore {

    /**
     * Stores the stream under {@code key}, replacing an existing object only once the new one is complete.
     *
     * @throws StorageUnavailable when the store cannot take it
     */
    StoredObject write(String key, InputStream content, String contentType);

    Optional<StoredObject> stat(String key);

    Optional<InputStream> read(String key);

    boolean delete(String key);

    /** Objects whose complete key starts with {@code prefix}, in key order. */
    List<StoredObject> list(String prefix);

    /**
     * A provider-signed read link (S3 presigned GET, Azure SAS), or empty when the store has none; the platform then
     * signs and serves the link itself.
     */
    Optional<PresignedLink> presign(String key, Duration ttl);
}
