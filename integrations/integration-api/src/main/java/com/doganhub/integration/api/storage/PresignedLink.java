package com.doganhub.integration.api.storage;

import java.net.URI;
import java.time.Instant;

/** A time-limited URL that reads one object without credentials. */
public record PresignedLink(URI url, Instant expiresAt) {
}
