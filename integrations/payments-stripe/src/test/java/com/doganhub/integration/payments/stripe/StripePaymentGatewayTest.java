package com.doganhub.integration.payments.stripe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.payments.CheckoutRequest;
import com.doganhub.integration.api.payments.HostedSession;
import com.doganhub.integration.api.payments.NewCustomer;
import com.doganhub.integration.api.payments.PaymentEvent;
import com.doganhub.integration.api.payments.PaymentFailed;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;

/** Stripe's wire format and webhook signatures, asserted on real HTTP traffic against WireMock. */
class StripePaymentGatewayTest {

    private static final String SECRET_KEY = "sk_test_51Hdoganhub0123456789abcdefghijklmnop";
    private static final String PUBLISHABLE_KEY = "pk_test_51Hdoganhub0123456789abcdefghijklmnop";
    private static final String WEBHOOK_SECRET = "whsec_doganhub0123456789abcdefghijkl";
    private static final String TENANT = "7f1c2e9a-0d3b-4c55-9b8e-2a6f4d1e8c01";

    private WireMockServer stripe;
    private StripePaymentGateway gateway;

    @BeforeEach
    void start() {
        stripe = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        stripe.start();
        gateway = new StripePaymentGateway(settings(SECRET_KEY, PUBLISHABLE_KEY, WEBHOOK_SECRET, stripe.baseUrl()));
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    @Test
    void createsACustomerWithTheFormFieldsTheKeyAndTheIdempotencyKey() {
        stripe.stubFor(post("/v1/customers").willReturn(json(200, """
                {"id":"cus_123","object":"customer","address":null,"balance":0,"created":1767225600,
                 "currency":null,"default_source":null,"delinquent":false,"description":null,
                 "email":"billing@alnoor.sa","invoice_prefix":"8F2C1A0B",
                 "invoice_settings":{"custom_fields":null,"default_payment_method":null,"footer":null,
                                     "rendering_options":null},
                 "livemode":false,"metadata":{"tenant_id":"%s"},"name":"مؤسسة النور","phone":null,
                 "preferred_locales":[],"shipping":null,"tax_exempt":"none","test_clock":null}""".formatted(TENANT))));

        String id = gateway.createCustomer(new NewCustomer("مؤسسة النور", "billing@alnoor.sa",
                Map.of("tenant_id", TENANT), "customer-" + TENANT));

        assertThat(id).isEqualTo("cus_123");
        LoggedRequest sent = onlyRequest("/v1/customers");
        assertThat(form(sent)).isEqualTo(Map.of("name", "مؤسسة النور", "email", "billing@alnoor.sa",
                "metadata[tenant_id]", TENANT));
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + SECRET_KEY);
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("customer-" + TENANT);
        assertThat(sent.getHeader("Stripe-Version")).isEqualTo(Stripe.API_VERSION);
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void aCustomerWithoutEmailOrMetadataSendsOnlyTheName() {
        stripe.stubFor(post("/v1/customers").willReturn(json(200, "{\"id\":\"cus_456\",\"object\":\"customer\"}")));

        gateway.createCustomer(new NewCustomer("Al Noor", null, Map.of(), "customer-2"));

        assertThat(form(onlyRequest("/v1/customers"))).isEqualTo(Map.of("name", "Al Noor"));
    }

    @Test
    void opensASubscriptionCheckoutCarryingTheTenantOnSessionAndSubscription() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json(200, checkoutSession())));

        HostedSession session = gateway.createCheckout(checkout(14));

        assertThat(session.id()).isEqualTo("cs_test_a1B2c3");
        assertThat(session.url()).isEqualTo(URI.create("https://checkout.stripe.com/c/pay/cs_test_a1B2c3#fidkdWxOYHwnPyd1blpxYHZxWjA0"));
        assertThat(session.expiresAt()).isEqualTo(Instant.ofEpochSecond(1767312000));
        LoggedRequest sent = onlyRequest("/v1/checkout/sessions");
        assertThat(form(sent)).isEqualTo(Map.ofEntries(
                Map.entry("mode", "subscription"),
                Map.entry("customer", "cus_123"),
                Map.entry("line_items[0][price]", "price_1Pro"),
                Map.entry("line_items[0][quantity]", "5"),
                // Stripe's template must arrive with literal braces, which a URI can only hold encoded
                Map.entry("success_url", "https://alnoor.doganhub.sa/billing/done?session={CHECKOUT_SESSION_ID}"),
                Map.entry("cancel_url", "https://alnoor.doganhub.sa/billing"),
                Map.entry("client_reference_id", TENANT),
                Map.entry("metadata[tenant_id]", TENANT),
                Map.entry("subscription_data[metadata][tenant_id]", TENANT),
                Map.entry("subscription_data[trial_period_days]", "14")));
        assertThat(sent.getHeader("Idempotency-Key")).isEqualTo("checkout-1");
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + SECRET_KEY);
    }

    @Test
    void aCheckoutWithoutTrialSendsNoTrialField() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json(200, checkoutSession())));

        gateway.createCheckout(checkout(0));

        assertThat(form(onlyRequest("/v1/checkout/sessions"))).doesNotContainKey("subscription_data[trial_period_days]")
                .containsEntry("subscription_data[metadata][tenant_id]", TENANT);
    }

    @Test
    void opensTheCustomerPortal() {
        stripe.stubFor(post("/v1/billing_portal/sessions").willReturn(json(200, """
                {"id":"bps_1Pq2","object":"billing_portal.session","configuration":"bpc_1Pq2","created":1767225600,
                 "customer":"cus_123","flow":null,"livemode":false,"locale":null,"on_behalf_of":null,
                 "return_url":"https://alnoor.doganhub.sa/billing",
                 "url":"https://billing.stripe.com/p/session/test_YWNjdF8xUHEy"}""")));

        HostedSession portal = gateway.createCustomerPortal("cus_123", URI.create("https://alnoor.doganhub.sa/billing"));

        assertThat(portal).isEqualTo(new HostedSession("bps_1Pq2",
                URI.create("https://billing.stripe.com/p/session/test_YWNjdF8xUHEy"), null));
        LoggedRequest sent = onlyRequest("/v1/billing_portal/sessions");
        assertThat(form(sent)).isEqualTo(Map.of("customer", "cus_123", "return_url", "https://alnoor.doganhub.sa/billing"));
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + SECRET_KEY);
    }

    @Test
    void aDeclinedCardOrAnInvalidRequestIsRefusedWithStripesCodeAndNotRetryable() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json(402, """
                {"error":{"code":"card_declined","decline_code":"generic_decline",
                          "doc_url":"https://stripe.com/docs/error-codes/card-declined",
                          "message":"Your card was declined.","param":"","type":"card_error"}}""")));
        assertThatThrownBy(() -> gateway.createCheckout(checkout(0))).isInstanceOfSatisfying(PaymentFailed.class,
                failed -> {
                    assertThat(failed.providerUnavailable()).isFalse();
                    assertThat(failed.getMessage()).startsWith("Stripe refused checkout: card_declined Your card was declined.");
                });

        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json(400, """
                {"error":{"code":"resource_missing","doc_url":"https://stripe.com/docs/error-codes/resource-missing",
                          "message":"No such price: 'price_1Pro'","param":"line_items[0][price]",
                          "type":"invalid_request_error"}}""")));
        assertThatThrownBy(() -> gateway.createCheckout(checkout(0))).isInstanceOfSatisfying(PaymentFailed.class,
                failed -> {
                    assertThat(failed.providerUnavailable()).isFalse();
                    assertThat(failed.getMessage()).contains("resource_missing").contains("No such price");
                });
    }

    @Test
    void aServerErrorIsRetryable() {
        stripe.stubFor(post("/v1/customers").willReturn(json(500, """
                {"error":{"message":"An unknown error occurred","type":"api_error"}}""")));

        assertThatThrownBy(() -> gateway.createCustomer(customer())).isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.providerUnavailable()).isTrue());
    }

    @Test
    void aRateLimitIsRetryable() {
        stripe.stubFor(post("/v1/customers").willReturn(json(429, """
                {"error":{"code":"rate_limit","message":"Too many requests hit the API too quickly.",
                          "type":"invalid_request_error"}}""")));

        assertThatThrownBy(() -> gateway.createCustomer(customer())).isInstanceOfSatisfying(PaymentFailed.class,
                failed -> assertThat(failed.providerUnavailable()).isTrue());
    }

    @Test
    void anUnreachableStripeIsRetryable() throws IOException {
        StripePaymentGateway unreachable = new StripePaymentGateway(settings(SECRET_KEY, PUBLISHABLE_KEY,
                WEBHOOK_SECRET, "http://127.0.0.1:" + closedPort()));

        assertThatThrownBy(() -> unreachable.createCustomer(customer())).isInstanceOfSatisfying(PaymentFailed.class,
                failed -> {
                    assertThat(failed.providerUnavailable()).isTrue();
                    assertThat(failed.getMessage()).startsWith("Stripe unreachable for customer creation");
                });
    }

    @Test
    void aKeyEchoedInStripesErrorNeverReachesTheMessage() {
        for (String echoed : List.of("sk_test_abc...xyz", "sk_test_****************************mnop", SECRET_KEY)) {
            stripe.stubFor(post("/v1/customers").willReturn(json(401, """
                    {"error":{"message":"Invalid API Key provided: %s","type":"invalid_request_error"}}"""
                    .formatted(echoed))));

            assertThatThrownBy(() -> gateway.createCustomer(customer())).isInstanceOfSatisfying(PaymentFailed.class,
                    failed -> {
                        assertThat(failed.providerUnavailable()).as("a rejected key is the operator's to fix").isTrue();
                        assertThat(failed.getMessage()).contains("Invalid API Key provided")
                                .doesNotContain("sk_test").doesNotContain(SECRET_KEY).doesNotContain("mnop");
                    });
        }
    }

    @Test
    void aValidSignatureGivesTheEventEnvelopeAndTheRawBody() {
        long created = Instant.now().getEpochSecond() - 5;
        String body = event(created);

        PaymentEvent event = gateway.verifyWebhook(body, signature(WEBHOOK_SECRET, Instant.now().getEpochSecond(), body));

        assertThat(event).isEqualTo(new PaymentEvent("evt_1Pq2r3", "checkout.session.completed",
                Instant.ofEpochSecond(created), body));
    }

    @Test
    void forgedTamperedReplayedOrUnsignedWebhooksAreRefused() {
        long now = Instant.now().getEpochSecond();
        String body = event(now);

        assertRefused(body, signature("whsec_someoneelse0123456789abcdef", now, body));
        assertRefused(body.replace("checkout.session.completed", "invoice.paid"), signature(WEBHOOK_SECRET, now, body));
        assertRefused(body, signature(WEBHOOK_SECRET, now - 600, body));
        assertRefused(body, null);
        assertRefused(body, " ");
        assertRefused(body, "t=not-a-number,v1=" + "0".repeat(64));
        assertRefused(body, "t=" + now + ",v0=" + hmac(WEBHOOK_SECRET, now + "." + body));
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsRefused() {
        long now = Instant.now().getEpochSecond();
        for (String body : List.of("not json", "[1,2]", "{\"id\":\"evt_1\",\"type\":\"invoice.paid\"}",
                "{\"id\":\"evt_1\",\"created\":1767225600}")) {
            assertRefused(body, signature(WEBHOOK_SECRET, now, body));
        }
    }

    @Test
    void withoutKeysTheGatewayIsRegisteredButNotConfigured() {
        for (String missing : List.of("", "   ", "${env:STRIPE_SECRET_KEY}")) {
            StripePaymentGateway unconfigured = new StripePaymentGateway(settings(missing, missing, missing,
                    stripe.baseUrl()));

            assertThat(unconfigured.configured()).isFalse();
            assertThat(unconfigured.webhooksConfigured()).isFalse();
            assertThat(unconfigured.publishableKey()).isEmpty();
            assertThatThrownBy(() -> unconfigured.createCheckout(checkout(0))).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("Stripe is not configured: ");
            assertThatThrownBy(() -> unconfigured.createCustomer(customer())).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> unconfigured.createCustomerPortal("cus_123", URI.create("https://a.sa/")))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> unconfigured.verifyWebhook("{}", "t=1,v1=00"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(unconfigured.check().outcome()).isEqualTo(ProviderCheck.Outcome.NOT_CONFIGURED);
        }
        assertThat(stripe.getAllServeEvents()).isEmpty();
        assertThat(gateway.configured()).isTrue();
        assertThat(gateway.webhooksConfigured()).isTrue();
        assertThat(gateway.publishableKey()).contains(PUBLISHABLE_KEY);
    }

    @Test
    void theCheckReadsTheBalanceAndNamesNoKey() {
        stripe.stubFor(get("/v1/balance").willReturn(json(200, """
                {"object":"balance","available":[{"amount":0,"currency":"sar","source_types":{"card":0}}],
                 "livemode":false,"pending":[{"amount":0,"currency":"sar","source_types":{"card":0}}]}""")));
        ProviderCheck up = gateway.check();
        assertThat(up.outcome()).isEqualTo(ProviderCheck.Outcome.UP);
        assertThat(up.detail()).contains("test mode").doesNotContain(SECRET_KEY);

        stripe.stubFor(get("/v1/balance").willReturn(json(401, """
                {"error":{"message":"Invalid API Key provided: sk_test_****mnop","type":"invalid_request_error"}}""")));
        ProviderCheck down = gateway.check();
        assertThat(down.outcome()).isEqualTo(ProviderCheck.Outcome.DOWN);
        assertThat(down.detail()).contains("Invalid API Key").doesNotContain("sk_test");
        assertThat(stripe.findAll(postRequestedFor(urlEqualTo("/v1/customers")))).isEmpty();
    }

    private void assertRefused(String body, String signatureHeader) {
        assertThatThrownBy(() -> gateway.verifyWebhook(body, signatureHeader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(WEBHOOK_SECRET);
    }

    /** Stripe's documented scheme: {@code t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed by the whole secret>}. */
    private static String signature(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    private static String hmac(String secret, String signedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String event(long created) {
        return """
                {"id":"evt_1Pq2r3","object":"event","api_version":"%s","created":%d,
                 "data":{"object":{"id":"cs_test_a1B2c3","object":"checkout.session","client_reference_id":"%s",
                                   "customer":"cus_123","mode":"subscription","subscription":"sub_1Pq2"}},
                 "livemode":false,"pending_webhooks":1,"request":{"id":null,"idempotency_key":null},
                 "type":"checkout.session.completed"}""".formatted(Stripe.API_VERSION, created, TENANT);
    }

    private static String checkoutSession() {
        return """
                {"id":"cs_test_a1B2c3","object":"checkout.session","cancel_url":"https://alnoor.doganhub.sa/billing",
                 "client_reference_id":"%s","created":1767225600,"currency":"sar","customer":"cus_123",
                 "expires_at":1767312000,"livemode":false,"metadata":{"tenant_id":"%s"},"mode":"subscription",
                 "payment_status":"unpaid","status":"open","subscription":null,
                 "success_url":"https://alnoor.doganhub.sa/billing/done?session={CHECKOUT_SESSION_ID}",
                 "url":"https://checkout.stripe.com/c/pay/cs_test_a1B2c3#fidkdWxOYHwnPyd1blpxYHZxWjA0"}"""
                .formatted(TENANT, TENANT);
    }

    private static CheckoutRequest checkout(int trialDays) {
        return new CheckoutRequest("price_1Pro", 5, "cus_123",
                URI.create("https://alnoor.doganhub.sa/billing/done?session=%7BCHECKOUT_SESSION_ID%7D"),
                URI.create("https://alnoor.doganhub.sa/billing"), trialDays, Map.of("tenant_id", TENANT), "checkout-1");
    }

    private static NewCustomer customer() {
        return new NewCustomer("Al Noor", "billing@alnoor.sa", Map.of("tenant_id", TENANT), "customer-1");
    }

    private LoggedRequest onlyRequest(String path) {
        List<LoggedRequest> requests = stripe.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** The form body as decoded key/value pairs, so the assertion is on exactly what Stripe receives. */
    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            assertThat(fields.put(key, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)))
                    .as("field %s sent once", key).isNull();
        }
        return fields;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_test1").withBody(body);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static StripeSettings settings(String secretKey, String publishableKey, String webhookSecret,
            String apiBase) {
        return new StripeSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StripeSettings.class;
            }

            @Override
            public String secretKey() {
                return secretKey;
            }

            @Override
            public String publishableKey() {
                return publishableKey;
            }

            @Override
            public String webhookSecret() {
                return webhookSecret;
            }

            @Override
            public String apiBase() {
                return apiBase;
            }

            @Override
            public int webhookToleranceSeconds() {
                return 300;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }
}
