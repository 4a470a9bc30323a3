package com.doganhub.integration.email.smtp;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.Provider;
import com.doganhub.integration.api.ProviderCheck;
import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.integration.api.email.EmailRoutes;
import com.doganhub.integration.api.email.OutboundEmail;
import com.doganhub.platform.api.SecretMask;

/**
 * The {@code smtp} email provider. Its route builds the MIME message and hands it to a camel-mail endpoint of the
 * shared context, one endpoint per server and credentials (the platform's or a tenant's own); credentials are set on
 * the endpoint, never put into a URI that could be logged.
 */
@Component(service = { Provider.class, RoutesBuilder.class }, configurationPid = SmtpSettings.PID,
        property = { Provider.CAPABILITY + "=email", Provider.NAME + "=smtp",
            "camel.components.required=" + SmtpComponent.NAME })
@Designate(ocd = SmtpSettings.class)
public class SmtpProvider extends RouteBuilder implements Provider {

    private final SmtpSettings settings;
    private final SmtpTarget platformTarget;
    private final Map<SmtpTarget, Endpoint> endpoints = new ConcurrentHashMap<>();
    private volatile ProducerTemplate template;

    @Activate
    public SmtpProvider(SmtpSettings settings) {
        this.settings = settings;
        this.platformTarget = SmtpTarget.of(settings, Map.of());
    }

    @Deactivate
    void stop() {
        ProducerTemplate current = template;
        if (current != null) {
            current.stop();
        }
        endpoints.values().forEach(endpoint -> endpoint.stop());
        endpoints.clear();
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // the outbox retries, fails over and dead-letters; no redelivery or logging here
        from(EmailRoutes.endpoint("smtp")).routeId("doganhub-email-smtp").process(this::send);
    }

    private void send(Exchange exchange) throws Exception {
        OutboundEmail email = exchange.getMessage().getMandatoryBody(OutboundEmail.class);
        SmtpTarget target = SmtpTarget.of(settings, email.settings());
        if (target == null) {
            throw EmailDeliveryFailed.unavailable("SMTP has no host (SMTP_HOST)", null);
        }
        MimeMessage mime = withThisBundlesLoader(() -> SmtpMimeMessages.build(email));
        Endpoint endpoint = endpoints.computeIfAbsent(target, wanted -> endpoint(exchange.getContext(), wanted));
        Exchange sent = template(exchange.getContext()).send(endpoint, out -> out.getIn().setBody(mime));
        if (sent.getException() != null) {
            throw SmtpFailures.classify(sent.getException());
        }
        exchange.getMessage().setBody("<" + email.messageId() + ">");
    }

    private ProducerTemplate template(CamelContext context) {
        ProducerTemplate current = template;
        if (current == null) {
            synchronized (this) {
                if (template == null) {
                    template = context.createProducerTemplate();
                }
                current = template;
            }
        }
        return current;
    }

    private static Endpoint endpoint(CamelContext context, SmtpTarget target) {
        try {
            MailEndpoint endpoint = (MailEndpoint) context.getComponent(SmtpComponent.NAME, MailComponent.class)
                    .createEndpoint(target.uri());
            endpoint.getConfiguration().setUsername(target.username());
            endpoint.getConfiguration().setPassword(target.password());
            endpoint.getConfiguration().setConnectionTimeout(target.timeoutSeconds() * 1000);
            endpoint.getConfiguration().setAdditionalJavaMailProperties(target.javaMailProperties());
            endpoint.start();
            return endpoint;
        } catch (Exception unusable) {
            throw EmailDeliveryFailed.unavailable("cannot create the SMTP endpoint for " + target.host() + ": "
                    + SecretMask.scrub(unusable.getMessage()), null);
        }
    }

    @Override
    public Capability capability() {
        return Capability.EMAIL;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public boolean configured() {
        return platformTarget != null;
    }

    /** Connects, says EHLO, starts TLS and authenticates as configured, then quits: nothing is sent. */
    @Override
    public ProviderCheck check() {
        Instant started = Instant.now();
        if (platformTarget == null) {
            return ProviderCheck.notConfigured("no host (SMTP_HOST)");
        }
        try {
            withThisBundlesLoader(() -> {
                Session session = Session.getInstance(platformTarget.javaMailProperties());
                try (Transport transport = session.getTransport("smtp")) {
                    transport.connect(platformTarget.host(), platformTarget.port(), platformTarget.username(),
                            platformTarget.password());
                }
                return null;
            });
            return ProviderCheck.up("connected to " + platformTarget.host() + ":"
                    + platformTarget.port() + " (" + platformTarget.security() + (platformTarget.username() == null
                            ? ", no authentication)" : ", authenticated as " + platformTarget.username() + ")"), started);
        } catch (Exception down) {
            return ProviderCheck.down(SmtpFailures.classify(down).reason(), started);
        }
    }

    /** Jakarta Mail finds its providers through the context class loader; ours sees the Angus bundle. */
    private static <T> T withThisBundlesLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SmtpProvider.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
