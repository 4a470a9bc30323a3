package com.doganhub.platform.persistence.api;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs JPA work for the tenant bound to the current thread: the EntityManager is scoped to that tenant before
 * {@code work} sees it. Without a bound tenant nothing runs and
 * {@link com.doganhub.platform.api.error.Unauthenticated} is thrown.
 */
@ProviderType
public interface TenantJpa {

    /**
     * Runs {@code work} in a transaction of {@code unit} (joining the caller's transaction if there is one).
     *
     * @param unit the module's persistence unit, as Aries JPA registers it
     */
    <R> R inTransaction(JpaTemplate unit, EmFunction<R> work);
}
