package com.doganhub.integration.payments.stripe;

import java.util.regex.Pattern;

import com.doganhub.integration.api.payments.PaymentFailed;
import com.doganhub.platform.api.SecretMask;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.model.StripeError;

/**
 * Turns stripe-java's exceptions into {@link PaymentFailed} with a message fit for a user and a log: Stripe echoes
 * keys in some errors ("Invalid API Key provided: sk_test_****1234"), which {@link SecretMask#scrub} does not
 * recognise, so anything shaped like a Stripe key is hidden here first.
 */
final class StripeFailures {

    private static final Pattern STRIPE_KEY = Pattern.compile("\\b(?:sk|rk|pk|whsec)_[A-Za-z0-9_*]+");

    private final String secretKey;
    private final String webhookSecret;

    StripeFailures(String secretKey, String webhookSecret) {
        this.secretKey = secretKey;
        this.webhookSecret = webhookSecret;
    }

    PaymentFailed failed(String operation, StripeException failure) {
        if (failure instanceof ApiConnectionException) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return new PaymentFailed("Stripe unreachable for " + operation + ": " + cause.getClass().getSimpleName(),
                    true, failure);
        }
        Integer status = failure.getStatusCode();
        // A rejected key or missing permission is the operator's to fix, not the customer's: answered like an outage
        boolean unavailable = failure instanceof RateLimitException || failure instanceof AuthenticationException
                || failure instanceof PermissionException || status != null && status >= 500;
        StripeError error = failure.getStripeError();
        String code = error != null && error.getCode() != null ? error.getCode()
                : failure.getCode() != null ? failure.getCode() : "HTTP " + status;
        String message = error != null && error.getMessage() != null ? error.getMessage() : "(no message)";
        String request = failure.getRequestId() == null ? "" : " (request " + failure.getRequestId() + ")";
        return new PaymentFailed(scrub("Stripe refused " + operation + ": " + code + " " + message) + request,
                unavailable, failure);
    }

    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : new String[] { secretKey, webhookSecret }) {
            if (secret != null) {
                scrubbed = scrubbed.replace(secret, SecretMask.HIDDEN);
            }
        }
        return SecretMask.scrub(STRIPE_KEY.matcher(scrubbed).replaceAll(SecretMask.HIDDEN));
    }
}
