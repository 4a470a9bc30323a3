package com.doganhub.integration.api.email;

import java.util.regex.Pattern;

/**
 * The Camel contract between the outbox and email providers. A provider bundle registers a route consuming
 * {@link #endpoint(String) endpoint(its name)}; the outbox sends it an {@link OutboundEmail} body and reads back the
 * provider's own message id (or {@code null}) as the reply body. A route signals failure by throwing
 * {@link EmailDeliveryFailed}; any other exception counts as the provider being unavailable. Routes use
 * {@code errorHandler(noErrorHandler())}: retries, failover and dead letters are the outbox's, and a route of its own
 * redelivering would hold the sending thread and log every outage as an error.
 */
public final class EmailRoutes {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private EmailRoutes() {
    }

    /** {@code direct:doganhub-email-<provider>}. */
    public static String endpoint(String provider) {
        if (provider == null || !NAME.matcher(provider).matches()) {
            throw new IllegalArgumentException("not a provider name: " + provider);
        }
        return "direct:doganhub-email-" + provider;
    }
}
