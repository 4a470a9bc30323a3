package com.doganhub.integration.email.sendgrid;

import java.time.Duration;
import java.time.Instant;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.integration.api.email.EmailRoutes;
import com.doganhub.integration.api.email.OutboundEmail;

/**
 * The {@code sendgrid} email provider: its route hands each message to SendGrid; a configuration change re-creates
 * the component (and the route) with the new key.
 */
@Component(service = { Provider.class, RoutesBuilder.class }, configurationPid = SendGridSettings.PID,
        property = { Provider.CAPABILITY + "=email", Provider.NAME + "=sendgrid" })
@Designate(ocd = SendGridSettings.class)
public class SendGridProvider extends RouteBuilder implements Provider {

    private final SendGridClient client;
    private final String apiKey;

    @Activate
    public SendGridProvider(SendGridSettings settings) {
        this.apiKey = ProviderSettings.value(settings.apiKey());
        this.client = new SendGridClient(settings.baseUrl(), apiKey == null ? "" : apiKey,
                Duration.ofSeconds(Math.max(1, settings.timeoutSeconds())));
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // the outbox retries, fails over and dead-letters; no redelivery or logging here
        from(EmailRoutes.endpoint("sendgrid")).routeId("doganhub-email-sendgrid")
                .process(exchange -> {
                    OutboundEmail email = exchange.getMessage().getMandatoryBody(OutboundEmail.class);
                    if (!configured() && email.settings().get("apiKey") == null) {
                        throw EmailDeliveryFailed.unavailable("SendGrid has no API key (SENDGRID_API_KEY)", null);
                    }
                    exchange.getMessage().setBody(client.send(email));
                });
    }

    @Override
    public Capability capability() {
        return Capability.EMAIL;
    }

    @Override
    public String name() {
        return "sendgrid";
    }

    @Override
    public boolean configured() {
        return apiKey != null;
    }

    @Override
    public ProviderCheck check() {
        if (!configured()) {
            return ProviderCheck.notConfigured("no API key (SENDGRID_API_KEY)");
        }
        Instant started = Instant.now();
        try {
            return ProviderCheck.up(client.check(), started);
        } catch (EmailDeliveryFailed down) {
            return ProviderCheck.down(down.reason(), started);
        }
    }
}
