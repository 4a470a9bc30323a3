package com.doganhub.integration.api.email;

/**
 * Where a queued email stands.
 *
 * @param state     {@code QUEUED} (waiting, maybe after a failed attempt), {@code SENDING}, {@code SENT} or {@code DEAD}
 * @param attempts  attempts so far
 * @param lastError why the last attempt failed (secrets masked), or {@code null}
 */
public record DeliveryState(String state, int attempts, String lastError) {
}
