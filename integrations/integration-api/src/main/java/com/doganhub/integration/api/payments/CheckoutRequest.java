package com.doganhub.integration.api.payments;

import java.net.URI;
import java.util.Objects;

/**
 * A hosted checkout to open for a subscription plan.
 *
 * @param priceReference the provider's price id ({@code price_...})
 * @param idempotencyKey sent to the provider so a retried request never opens two sessions
 */
public record CheckoutRequest(String priceReference, int quantity, String customerEmail, URI successUrl,
        URI cancelUrl, String idempotencyKey) {

    public CheckoutRequest {
        Objects.requireNonNull(priceReference, "priceReference");
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(cancelUrl, "cancelUrl");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }
}
