package com.doganhub.integration.payments.stripe;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.payments.CheckoutRequest;
import com.doganhub.integration.api.payments.HostedSession;
import com.doganhub.integration.api.payments.NewCustomer;
import com.doganhub.integration.api.payments.PaymentEvent;
import com.doganhub.integration.api.payments.PaymentFailed;
import com.doganhub.integration.api.payments.PaymentGateway;
import com.doganhub.platform.api.SecretMask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Balance;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.checkout.SessionCreateParams;

/**
 * The {@code stripe} payment provider. Each configuration gets its own {@link StripeClient} (key, API base, timeouts),
 * never stripe-java's static {@code Stripe.apiKey}, so a configuration change re-creates the component with nothing
 * left behind from the old one. Registered as a {@link Provider} too, only so the provider list shows it with its live
 * check: billing binds the {@link PaymentGateway} service directly, no provider chain selects it.
 */
@Component(service = { PaymentGateway.class, Provider.class }, configurationPid = StripeSettings.PID,
        // registered without any configuration, so billing can say "not configured" instead of finding no gateway
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = { Provider.CAPABILITY + "=payments", Provider.NAME + "=stripe" })
@Designate(ocd = StripeSettings.class)
public class StripePaymentGateway implements PaymentGateway, Provider {

    private static final String DEFAULT_API_BASE = "https://api.stripe.com";
    private static final int NETWORK_RETRIES = 2;
    private static final String NO_SECRET_KEY = "no secret key (STRIPE_SECRET_KEY)";
    private static final String NO_WEBHOOK_SECRET = "no webhook signing secret (STRIPE_WEBHOOK_SECRET)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION_TEMPLATE = Pattern.compile("(?i)%7BCHECKOUT_SESSION_ID%7D");

    private final String secretKey;
    private final String publishableKey;
    private final String webhookSecret;
    private final long webhookToleranceSeconds;
    private final StripeClient stripe;
    private final StripeFailures failures;

    @Activate
    public StripePaymentGateway(StripeSettings settings) {
        this.secretKey = ProviderSettings.value(settings.secretKey());
        this.publishableKey = ProviderSettings.value(settings.publishableKey());
        this.webhookSecret = ProviderSettings.value(settings.webhookSecret());
        // verifyHeader skips the age check for a tolerance of 0 or less: never let a setting turn replay protection off
        this.webhookToleranceSeconds = Math.max(1, settings.webhookToleranceSeconds());
        this.failures = new StripeFailures(secretKey, webhookSecret);
        this.stripe = secretKey == null ? null : client(secretKey, apiBase(settings.apiBase()),
                Duration.ofSeconds(Math.max(1, settings.timeoutSeconds())));
    }

    private static StripeClient client(String secretKey, String apiBase, Duration timeout) {
        int timeoutMillis = (int) timeout.toMillis();
        return StripeClient.builder().setApiKey(secretKey).setApiBase(apiBase).setConnectTimeout(timeoutMillis)
                .setReadTimeout(timeoutMillis).setMaxNetworkRetries(NETWORK_RETRIES).build();
    }

    private static String apiBase(String configured) {
        String apiBase = ProviderSettings.value(configured);
        if (apiBase == null) {
            return DEFAULT_API_BASE;
        }
        // stripe-java appends "/v1/..." to the base as it is
        return apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
    }

    @Override
    public boolean configured() {
        return secretKey != null;
    }

    @Override
    public boolean webhooksConfigured() {
        return webhookSecret != null;
    }

    @Override
    public Optional<String> publishableKey() {
        return Optional.ofNullable(publishableKey);
    }

    @Override
    public String createCustomer(NewCustomer customer) {
        StripeClient client = requireClient();
        CustomerCreateParams.Builder params = CustomerCreateParams.builder().setName(customer.name());
        if (customer.email() != null) {
            params.setEmail(customer.email());
        }
        if (!customer.metadata().isEmpty()) {
            params.putAllMetadata(customer.metadata());
        }
        try {
            return client.v1().customers().create(params.build(), idempotent(customer.idempotencyKey())).getId();
        } catch (StripeException refused) {
            throw failures.failed("customer creation", refused);
        }
    }

    @Override
    public HostedSession createCheckout(CheckoutRequest request) {
        StripeClient client = requireClient();
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(request.customerReference())
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(request.priceReference())
                        .setQuantity((long) request.quantity()).build())
                .setSuccessUrl(withSessionTemplate(request.successUrl()))
                .setCancelUrl(request.cancelUrl().toString());
        Map<String, String> metadata = request.metadata();
        String tenantId = metadata.get("tenant_id");
        if (tenantId != null) {
            params.setClientReferenceId(tenantId);
        }
        if (!metadata.isEmpty()) {
            params.putAllMetadata(metadata);
        }
        if (!metadata.isEmpty() || request.trialDays() > 0) {
            SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder();
            if (!metadata.isEmpty()) { // so every webhook about the subscription names its tenant too
                subscription.putAllMetadata(metadata);
            }
            if (request.trialDays() > 0) {
                subscription.setTrialPeriodDays((long) request.trialDays());
            }
            params.setSubscriptionData(subscription.build());
        }
        try {
            com.stripe.model.checkout.Session session = client.v1().checkout().sessions()
                    .create(params.build(), idempotent(request.idempotencyKey()));
            return new HostedSession(session.getId(), URI.create(session.getUrl()),
                    session.getExpiresAt() == null ? null : Instant.ofEpochSecond(session.getExpiresAt()));
        } catch (StripeException refused) {
            throw failures.failed("checkout", refused);
        }
    }

    @Override
    public HostedSession createCustomerPortal(String customerReference, URI returnUrl) {
        StripeClient client = requireClient();
        Objects.requireNonNull(customerReference, "customerReference");
        Objects.requireNonNull(returnUrl, "returnUrl");
        com.stripe.param.billingportal.SessionCreateParams params = com.stripe.param.billingportal.SessionCreateParams
                .builder().setCustomer(customerReference).setReturnUrl(returnUrl.toString()).build();
        try {
            com.stripe.model.billingportal.Session session = client.v1().billingPortal().sessions().create(params);
            return new HostedSession(session.getId(), URI.create(session.getUrl()), null);
        } catch (StripeException refused) {
            throw failures.failed("customer portal", refused);
        }
    }

    @Override
    public PaymentEvent verifyWebhook(String rawBody, String signatureHeader) {
        if (webhookSecret == null) {
            throw new IllegalStateException("Stripe is not configured: " + NO_WEBHOOK_SECRET);
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new IllegalArgumentException("no Stripe-Signature header");
        }
        if (rawBody == null) {
            throw new IllegalArgumentException("no body");
        }
        try {
            Webhook.Signature.verifyHeader(rawBody, signatureHeader, webhookSecret, webhookToleranceSeconds);
        } catch (SignatureVerificationException refused) {
            throw new IllegalArgumentException("Stripe signature refused: " + failures.scrub(refused.getMessage()));
        } catch (RuntimeException malformed) { // a timestamp that is not a number
            throw new IllegalArgumentException("malformed Stripe-Signature header");
        }
        return envelope(rawBody);
    }

    /** Only the envelope: the rest stays raw JSON, so an API version change cannot break deserialising it here. */
    private static PaymentEvent envelope(String rawBody) {
        JsonNode event;
        try {
            event = JSON.readTree(rawBody);
        } catch (IOException notJson) {
            throw new IllegalArgumentException("the webhook body is not JSON");
        }
        if (event == null || !event.isObject() || !event.path("id").isTextual() || event.path("id").asText().isBlank()
                || !event.path("type").isTextual() || event.path("type").asText().isBlank()
                || !event.path("created").isIntegralNumber()) {
            throw new IllegalArgumentException("the webhook body is not a Stripe event (id, type, created)");
        }
        return new PaymentEvent(event.get("id").asText(), event.get("type").asText(),
                Instant.ofEpochSecond(event.get("created").asLong()), rawBody);
    }

    @Override
    public Capability capability() {
        return Capability.PAYMENTS;
    }

    @Override
    public String name() {
        return "stripe";
    }

    /** Retrieves the balance: proves the key is valid, changes nothing. Not retried, so the timeout bounds it. */
    @Override
    public ProviderCheck check() {
        if (!configured()) {
            return ProviderCheck.notConfigured(NO_SECRET_KEY);
        }
        Instant started = Instant.now();
        try {
            Balance balance = stripe.v1().balance().retrieve(RequestOptions.builder().setMaxNetworkRetries(0).build());
            return ProviderCheck.up("secret key " + SecretMask.mask(secretKey) + " read the balance ("
                    + (Boolean.TRUE.equals(balance.getLivemode()) ? "live" : "test") + " mode)", started);
        } catch (StripeException down) {
            return ProviderCheck.down(failures.failed("balance check", down).getMessage(), started);
        }
    }

    /**
     * Stripe fills in {@code {CHECKOUT_SESSION_ID}} only when the braces arrive literally, and a {@link URI} can hold
     * them only percent-encoded.
     */
    static String withSessionTemplate(URI url) {
        return SESSION_TEMPLATE.matcher(url.toString()).replaceAll("{CHECKOUT_SESSION_ID}");
    }

    private StripeClient requireClient() {
        if (stripe == null) {
            throw new IllegalStateException("Stripe is not configured: " + NO_SECRET_KEY);
        }
        return stripe;
    }

    private static RequestOptions idempotent(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }
}
