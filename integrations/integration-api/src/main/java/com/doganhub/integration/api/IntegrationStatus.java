package com.doganhub.integration.api;

/** The state of one integration in the status report. */
public enum IntegrationStatus {
    /** Set with real values and, where a live check exists, passing it. */
    CONFIGURED,
    /** Not set at all. */
    MISSING,
    /** Set to a template value such as {@code sk_live_YOUR_PRODUCTION_KEY_HERE}. */
    PLACEHOLDER,
    /** Set, but unsafe for production: a short secret, no TLS, a localhost URL in production mode. */
    INSECURE,
    /** Set, but its live check fails. */
    FAILING,
    /** Working with reduced function, e.g. a failover chain running on its second provider. */
    DEGRADED
}
