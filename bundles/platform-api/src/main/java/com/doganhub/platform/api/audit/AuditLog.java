package com.doganhub.platform.api.audit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The append-only record of who changed what. Modules call {@link #record} inside the transaction of the change, so
 * an entry exists exactly when the change does. There is deliberately no way to update or delete an entry.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends {@code event} for the tenant and user bound to the current thread, with the request id and client
     * address of the current request when there is one. Values of secret-looking fields are masked.
     *
     * @throws com.doganhub.platform.api.error.Unauthenticated when no tenant is bound
     */
    void record(AuditEvent event);
}
