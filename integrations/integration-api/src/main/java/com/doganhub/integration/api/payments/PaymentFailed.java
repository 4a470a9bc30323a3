package com.doganhub.integration.api.payments;

/**
 * The provider refused a request or could not be reached. The message names what failed and the provider's own
 * error code, never a key.
 */
public class PaymentFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean providerUnavailable;

    public PaymentFailed(String message, boolean providerUnavailable, Throwable cause) {
        super(message, cause);
        this.providerUnavailable = providerUnavailable;
    }

    /** True when trying again later may succeed (network failure, timeout, 5xx, rate limit). */
    public boolean providerUnavailable() {
        return providerUnavailable;
    }
}
