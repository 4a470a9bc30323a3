package com.doganhub.integration.api.storage;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An {@link ObjectStore} that hands every call to another one: what a provider component implements when its store
 * is built from configuration (and may be absent: {@link #delegate()} then throws {@link StorageUnavailable} saying
 * what is missing), and what tests use to wrap a real store with an injected fault.
 */
@ConsumerType
public interface ForwardingObjectStore extends ObjectStore {

    /** The store to call now. */
    ObjectStore delegate();

    @Override
    default StoredObject write(String key, InputStream content, String contentType) {
        return delegate().write(key, content, contentType);
    }

    @Override
    default Optional<StoredObject> stat(String key) {
        return delegate().stat(key);
    }

    @Override
    default Optional<InputStream> read(String key) {
        return delegate().read(key);
    }

    @Override
    default boolean delete(String key) {
        return delegate().delete(key);
    }

    @Override
    default List<StoredObject> list(String prefix) {
        return delegate().list(prefix);
    }

    @Override
    default Optional<PresignedLink> presign(String key, Duration ttl) {
        return delegate().presign(key, ttl);
    }
}
