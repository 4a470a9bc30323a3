package com.doganhub.integration.api.payments;

import java.util.Map;
import java.util.Objects;

/**
 * A customer to create at the provider, once per tenant.
 *
 * @param metadata       stored with the customer (the tenant id); no secrets
 * @param idempotencyKey the same for every attempt to create this tenant's customer, so a retry never makes two
 */
public record NewCustomer(String name, String email, Map<String, String> metadata, String idempotencyKey) {

    public NewCustomer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
