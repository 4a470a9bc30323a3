package com.doganhub.integration.api.payments;

import java.net.URI;

import org.osgi.annotation.versioning.ProviderType;

/** How billing takes payments; when payments are off every method throws {@link IllegalStateException}. */
@ProviderType
public interface PaymentGateway {

    HostedSession createCheckout(CheckoutRequest request);

    HostedSession createCustomerPortal(String customerReference, URI returnUrl);

    /**
     * Verifies a webhook's signature over its raw body and parses it.
     *
     * @throws IllegalArgumentException when the signature is missing, wrong or too old
     */
    PaymentEvent verifyWebhook(String rawBody, String signatureHeader);
}
