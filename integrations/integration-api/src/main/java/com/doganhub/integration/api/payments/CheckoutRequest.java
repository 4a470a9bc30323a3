package com.doganhub.integration.api.payments;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A hosted checkout to open for a subscription plan.
 *
 * @param priceReference    the provider's price id ({@code price_...})
 * @param customerReference the provider's customer ({@code cus_...}) the subscription belongs to
 * @param trialDays         days of trial before the first charge; 0 for none
 * @param metadata          copied onto the checkout session and onto the subscription it creates (the tenant id), so
 *                          every webhook about either names its tenant; no secrets
 * @param idempotencyKey    sent to the provider so a retried request never opens two sessions
 */
public record CheckoutRequest(String priceReference, int quantity, String customerReference, URI successUrl,
        URI cancelUrl, int trialDays, Map<String, String> metadata, String idempotencyKey) {

    public CheckoutRequest {
        Objects.requireNonNull(priceReference, "priceReference");
        Objects.requireNonNull(customerReference, "customerReference");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        if (trialDays < 0) {
            throw new IllegalArgumentException("trialDays must not be negative");
        }
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
