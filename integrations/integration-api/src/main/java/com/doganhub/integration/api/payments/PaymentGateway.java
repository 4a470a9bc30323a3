package com.doganhub.integration.api.payments;

import java.net.URI;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How billing takes payments. The service is registered whenever the payment provider's bundle runs; while its keys
 * are missing {@link #configured()} is false and every other method throws {@link IllegalStateException}.
 */
@ProviderType
public interface PaymentGateway {

    /** Whether the secret key is set (no network I/O). */
    boolean configured();

    /** Whether webhooks can be verified (the signing secret is set). */
    boolean webhooksConfigured();

    /** The key the browser may hold ({@code pk_...}), when set. */
    Optional<String> publishableKey();

    /**
     * Creates the customer subscriptions are billed to.
     *
     * @return the provider's customer id ({@code cus_...})
     * @throws PaymentFailed when the provider refused or could not be reached
     */
    String createCustomer(NewCustomer customer);

    /** @throws PaymentFailed when the provider refused or could not be reached */
    HostedSession createCheckout(CheckoutRequest request);

    /** @throws PaymentFailed when the provider refused or could not be reached */
    HostedSession createCustomerPortal(String customerReference, URI returnUrl);

    /**
     * Verifies a webhook's signature over its raw body and reads its envelope.
     *
     * @throws IllegalArgumentException when the signature is missing, wrong or too old, or the body is not an event
     */
    PaymentEvent verifyWebhook(String rawBody, String signatureHeader);
}
