package com.doganhub.integration.api.payments;

import java.time.Instant;

/** A webhook event whose signature the provider's secret verified. */
public record PaymentEvent(String id, String type, Instant created, String payloadJson) {
}
