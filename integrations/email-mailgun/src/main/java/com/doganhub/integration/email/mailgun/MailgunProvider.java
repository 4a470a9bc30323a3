package com.doganhub.integration.email.mailgun;

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

/** The {@code mailgun} email provider: its route hands each message to Mailgun's Messages API. */
@Component(service = { Provider.class, RoutesBuilder.class }, configurationPid = MailgunSettings.PID,
        property = { Provider.CAPABILITY + "=email", Provider.NAME + "=mailgun" })
@Designate(ocd = MailgunSettings.class)
public class MailgunProvider extends RouteBuilder implements Provider {

    private final MailgunClient client;
    private final String apiKey;
    private final String domain;

    @Activate
    public MailgunProvider(MailgunSettings settings) {
        this.apiKey = ProviderSettings.value(settings.apiKey());
        this.domain = ProviderSettings.value(settings.domain());
        this.client = new MailgunClient(MailgunClient.baseUrl(settings.baseUrl(), settings.region()),
                apiKey == null ? "" : apiKey, domain == null ? "" : domain,
                Duration.ofSeconds(Math.max(1, settings.timeoutSeconds())));
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // the outbox retries, fails over and dead-letters; no redelivery or logging here
        from(EmailRoutes.endpoint("mailgun")).routeId("doganhub-email-mailgun")
                .process(exchange -> {
                    OutboundEmail email = exchange.getMessage().getMandatoryBody(OutboundEmail.class);
                    if (email.setting("apiKey", apiKey) == null || email.setting("domain", domain) == null) {
                        throw EmailDeliveryFailed.unavailable("Mailgun has no API key or domain (MAILGUN_API_KEY, "
                                + "MAILGUN_DOMAIN)", null);
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
        return "mailgun";
    }

    @Override
    public boolean configured() {
        return apiKey != null && domain != null;
    }

    @Override
    public ProviderCheck check() {
        if (!configured()) {
            return ProviderCheck.notConfigured("no API key or domain (MAILGUN_API_KEY, MAILGUN_DOMAIN)");
        }
        Instant started = Instant.now();
        try {
            return ProviderCheck.up(client.check(), started);
        } catch (EmailDeliveryFailed down) {
            return ProviderCheck.down(down.reason(), started);
        }
    }
}
