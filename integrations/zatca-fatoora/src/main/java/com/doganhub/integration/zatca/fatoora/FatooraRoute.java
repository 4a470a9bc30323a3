package com.doganhub.integration.zatca.fatoora;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.integration.api.zatca.FatooraCall;
import com.doganhub.integration.api.zatca.FatooraResult;

/**
 * The Fatoora API as a route of the shared Camel context: {@link FatooraCall#ENDPOINT} takes a call and answers the
 * {@link FatooraResult}. No error handler and no redelivery here: documents come through the outbox, which retries
 * with backoff and keeps them across restarts; onboarding calls answer the operator directly. A configuration change
 * re-creates the component, so the next call goes to the new environment with nothing in flight lost.
 */
@Component(service = { RoutesBuilder.class, FatooraRoute.class }, configurationPid = FatooraSettings.PID)
@Designate(ocd = FatooraSettings.class)
public class FatooraRoute extends RouteBuilder {

    static final String ROUTE_ID = "doganhub-zatca-fatoora";

    private final FatooraClient client;
    private final String environment;
    private final URI base;

    @Activate
    public FatooraRoute(FatooraSettings settings) {
        this.environment = settings.environment() == null ? "sandbox" : settings.environment().strip().toLowerCase(Locale.ROOT);
        String configured = ProviderSettings.value(settings.baseUrl()); // null when empty or an unset ${env:...}
        this.base = URI.create(configured == null
                ? "https://gw-fatoora.zatca.gov.sa/e-invoicing/" + path(environment)
                : configured.strip());
        this.client = new FatooraClient(base, Duration.ofSeconds(Math.max(1, settings.timeoutSeconds())));
    }

    static String path(String environment) {
        return switch (environment) {
            case "simulation" -> "simulation";
            case "production", "core" -> "core";
            default -> "developer-portal";
        };
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(FatooraCall.ENDPOINT).routeId(ROUTE_ID)
                .process(exchange -> exchange.getMessage().setBody(
                        call(exchange.getMessage().getMandatoryBody(FatooraCall.class))));
    }

    FatooraResult call(FatooraCall call) {
        return switch (call.operation()) {
            case COMPLIANCE_CSID -> client.complianceCsid(call.csr(), call.otp());
            case COMPLIANCE_CHECK -> client.complianceCheck(call.credentials(), call.invoiceHash(), call.uuid(),
                    call.invoiceBase64());
            case PRODUCTION_CSID -> client.productionCsid(call.credentials());
            case RENEW_PRODUCTION_CSID -> client.renewProductionCsid(call.credentials(), call.csr(), call.otp());
            case REPORT -> client.report(call.credentials(), call.invoiceHash(), call.uuid(), call.invoiceBase64());
            case CLEAR -> client.clear(call.credentials(), call.invoiceHash(), call.uuid(), call.invoiceBase64());
        };
    }

    /** The environment documents go to, for the status report. */
    public String environment() {
        return environment;
    }

    public URI baseUrl() {
        return base;
    }
}
