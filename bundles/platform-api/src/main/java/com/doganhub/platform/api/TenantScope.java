package com.doganhub.platform.api;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tenant the current thread works for. The web layer binds it per request from the verified token;
 * jobs and routes bind it explicitly with {@link #callAs}. Persistence reads it to scope every query.
 */
@ProviderType
public interface TenantScope {

    /** The context bound to this thread, if any. */
    Optional<TenantContext> current();

    /**
     * The context bound to this thread.
     *
     * @throws com.doganhub.platform.api.error.Unauthenticated when no tenant is bound
     */
    TenantContext require();

    /**
     * Binds {@code context} to this thread until the returned binding is closed, restoring what was bound before.
     */
    Binding bind(TenantContext context);

    /** Runs {@code work} with {@code context} bound, then restores the previous binding. */
    default <T> T callAs(TenantContext context, Callable<T> work) throws Exception {
        try (Binding ignored = bind(context)) {
            return work.call();
        }
    }

    /** A binding to close; closing it twice is harmless. */
    interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
