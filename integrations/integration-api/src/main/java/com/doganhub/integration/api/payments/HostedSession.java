package com.doganhub.integration.api.payments;

import java.net.URI;
import java.time.Instant;

/** A provider-hosted page (checkout or customer portal) to redirect the customer to. */
public record HostedSession(String id, URI url, Instant expiresAt) {
}
