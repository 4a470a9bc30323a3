/**
 * The transactional outbox for any outgoing effect, not only email: a module queues an {@link
 * com.doganhub.integration.api.outbox.OutboxMessage} in the transaction that caused it, and the dispatcher hands it
 * to the {@link com.doganhub.integration.api.outbox.OutboxHandler} registered for its kind, with retries, backoff,
 * leases and dead letters shared with email.
 */
@Export
@Version("1.0.0")
package com.doganhub.integration.api.outbox;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
