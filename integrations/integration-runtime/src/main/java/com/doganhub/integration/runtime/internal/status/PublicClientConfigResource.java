package com.doganhub.integration.runtime.internal.status;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Kind;
import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Setting;
import com.doganhub.platform.api.JaxrsApplications;

/**
 * {@code GET /api/v1/public/config}: the identifiers the web UI loads in the browser (Google Analytics, Hotjar,
 * Stripe's publishable key), each present only when set to a real value. Nothing secret is ever among them.
 */
@Component(service = PublicClientConfigResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/public/config")
@Produces(MediaType.APPLICATION_JSON)
public class PublicClientConfigResource {

    private static final Map<String, Setting> PUBLIC = Map.of(
            "googleAnalyticsId", new Setting(null, null, "GA_MEASUREMENT_ID", Kind.TEXT, 0, "G-", true),
            "hotjarId", new Setting(null, null, "HOTJAR_ID", Kind.TEXT, 0, null, true),
            "stripePublishableKey", new Setting("com.doganhub.payments.stripe", "publishableKey",
                    "STRIPE_PUBLISHABLE_KEY", Kind.TEXT, 0, "pk_", true));

    private final IntegrationStatusService status;

    @Activate
    public PublicClientConfigResource(@Reference IntegrationStatusService status) {
        this.status = status;
    }

    @GET
    public Map<String, String> config() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String name : new String[] { "googleAnalyticsId", "hotjarId", "stripePublishableKey" }) {
            Setting setting = PUBLIC.get(name);
            String value = status.read(setting);
            if (value != null && IntegrationEvaluator.realValue(setting, value)) {
                config.put(name, value);
            }
        }
        return config;
    }
}
