package com.doganhub.billing.internal.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.billing.internal.BillingConfig;
import com.doganhub.billing.internal.checkout.Checkout;
import com.doganhub.integration.api.payments.PaymentEvent;
import com.doganhub.integration.api.payments.PaymentGateway;
import com.doganhub.platform.api.error.PayloadTooLarge;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.api.error.ServiceUnavailable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes a webhook request apart before anything trusts it: the size (413 before reading past the limit), JSON
 * (400), then the signature over the exact raw bytes (400); only then is the event processed.
 */
@Component(service = WebhookReceiver.class, configurationPid = BillingConfig.PID)
public class WebhookReceiver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Checkout checkout;
    private final WebhookProcessor processor;
    private volatile int maxBytes;

    @Activate
    public WebhookReceiver(@Reference Checkout checkout, @Reference WebhookProcessor processor, BillingConfig config) {
        this.checkout = checkout;
        this.processor = processor;
        modified(config);
    }

    @Modified
    void modified(BillingConfig config) {
        this.maxBytes = Math.max(1024, config.webhookMaxBytes());
    }

    public Map<String, Object> receive(InputStream body, String contentLength, String signature) throws IOException {
        int limit = maxBytes;
        if (declaredLength(contentLength) > limit) {
            throw new PayloadTooLarge("webhook.too-large", limit);
        }
        byte[] raw = body == null ? new byte[0] : body.readNBytes(limit + 1);
        if (raw.length > limit) {
            throw new PayloadTooLarge("webhook.too-large", limit);
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        JsonNode parsed;
        try {
            parsed = JSON.readTree(text);
        } catch (IOException notJson) {
            parsed = null;
        }
        if (parsed == null || !parsed.isObject()) {
            throw new WebhookRejected("webhook.not-json");
        }
        PaymentGateway gateway = checkout.paymentsIfInstalled();
        if (gateway == null || !gateway.webhooksConfigured()) {
            throw new ServiceUnavailable("payments.webhooks-not-configured");
        }
        PaymentEvent event;
        try {
            event = gateway.verifyWebhook(text, signature);
        } catch (IllegalArgumentException refused) {
            throw new WebhookRejected("webhook.signature", refused.getMessage());
        }
        WebhookProcessor.Outcome outcome = processor.process(event);
        return Map.of("received", true, "id", event.id(), "outcome", outcome.outcome());
    }

    private static long declaredLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    /** 400: a webhook that is not JSON or whose signature does not verify; nothing was changed. */
    static final class WebhookRejected extends PlatformException {

        private static final long serialVersionUID = 1L;

        WebhookRejected(String code, Object... args) {
            super(code, args);
        }
    }
}
