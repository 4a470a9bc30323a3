package com.doganhub.integration.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One implementation of a capability, registered as a service by its provider bundle together with its
 * Camel route(s). Register it with the service properties {@link #CAPABILITY} and {@link #NAME} so that
 * the selection can find it by filter.
 */
@ConsumerType
public interface Provider {

    /** Service property: the capability id ({@code email}). */
    String CAPABILITY = "doganhub.provider.capability";
    /** Service property: the provider name used in chains ({@code smtp}, {@code sendgrid}). */
    String NAME = "doganhub.provider.name";

    Capability capability();

    /** Lower-case name used in provider chains. */
    String name();

    /** Whether every setting the provider needs is present (no network I/O). */
    boolean configured();

    /**
     * A live check that changes nothing and sends nothing (connect, authenticate, list): bounded by a timeout,
     * never called on a request thread that serves {@code /health}.
     */
    ProviderCheck check();
}
