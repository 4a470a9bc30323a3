package com.doganhub.platform.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Turns a request's credentials into the caller's {@link TenantContext}. The web layer asks every registered
 * authenticator in service-ranking order and binds the first answer for the request; with no answer the request
 * runs unauthenticated and tenant-scoped endpoints refuse it with 401.
 */
@ConsumerType
public interface RequestAuthenticator {

    /**
     * @return the caller, or empty when these credentials are not this authenticator's kind
     * @throws com.doganhub.platform.api.error.Unauthenticated when the credentials are this authenticator's kind
     *         but invalid (expired, bad signature): the request is refused with 401
     */
    Optional<TenantContext> authenticate(RequestCredentials credentials);
}
