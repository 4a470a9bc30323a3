package com.doganhub.integration.payments.stripe;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.payments.stripe} ({@code etc/com.doganhub.payments.stripe.cfg}). */
@ObjectClassDefinition(name = "DoganHub payments: Stripe",
        description = "Takes payments through Stripe Checkout and the Customer Portal and verifies Stripe's webhooks.")
public @interface StripeSettings {

    String PID = "com.doganhub.payments.stripe";

    @AttributeDefinition(name = "Secret key", type = AttributeType.PASSWORD,
            description = "sk_live_... or sk_test_... (or a restricted rk_ key); the etc/ file reads ${env:STRIPE_SECRET_KEY}.")
    String secretKey() default "";

    @AttributeDefinition(name = "Publishable key",
            description = "pk_live_... or pk_test_..., handed to the browser; the etc/ file reads ${env:STRIPE_PUBLISHABLE_KEY}.")
    String publishableKey() default "";

    @AttributeDefinition(name = "Webhook signing secret", type = AttributeType.PASSWORD,
            description = "whsec_... of the webhook endpoint; the etc/ file reads ${env:STRIPE_WEBHOOK_SECRET}.")
    String webhookSecret() default "";

    @AttributeDefinition(name = "API base URL", description = "https://api.stripe.com, or a test double.")
    String apiBase() default "https://api.stripe.com";

    @AttributeDefinition(name = "Webhook tolerance (s)",
            description = "How old a webhook's signed timestamp may be before it is refused as a replay.")
    int webhookToleranceSeconds() default 300;

    @AttributeDefinition(name = "Timeout (s)", description = "Connect and read timeout of each call to Stripe.")
    int timeoutSeconds() default 30;
}
