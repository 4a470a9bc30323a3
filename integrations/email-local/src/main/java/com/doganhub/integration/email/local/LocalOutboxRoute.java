package com.doganhub.integration.email.local;

import java.time.Clock;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.doganhub.integration.api.email.EmailRoutes;
import com.doganhub.integration.api.email.OutboundEmail;

/**
 * The {@code local} email provider's route: each message the outbox hands over becomes an {@code .eml} file; the
 * reply is the file's path, kept by the outbox as the provider's message id.
 */
@Component(service = { RoutesBuilder.class, LocalOutboxRoute.class }, configurationPid = LocalOutboxSettings.PID)
public class LocalOutboxRoute extends RouteBuilder {

    private final LocalOutboxWriter writer;

    @Activate
    public LocalOutboxRoute(LocalOutboxSettings settings, BundleContext context) {
        this.writer = new LocalOutboxWriter(LocalOutboxWriter.directory(settings.directory(),
                context.getProperty("karaf.data")), Clock.systemUTC());
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // the outbox retries, fails over and dead-letters; no redelivery or logging here
        from(EmailRoutes.endpoint("local")).routeId("doganhub-email-local")
                .process(exchange -> exchange.getMessage().setBody(
                        writer.write(exchange.getMessage().getMandatoryBody(OutboundEmail.class)).toString()));
    }

    LocalOutboxWriter writer() {
        return writer;
    }
}
