package com.doganhub.billing.internal.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.platform.api.JaxrsApplications;

/**
 * {@code POST /api/billing/webhooks}: the address the previous deployment registered with Stripe, kept so existing
 * endpoint settings keep working; the same as {@code /api/v1/billing/webhooks}.
 */
@Component(service = LegacyWebhookResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path("api/billing/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyWebhookResource {

    private final WebhookReceiver receiver;

    @Activate
    public LegacyWebhookResource(@Reference WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    public Map<String, Object> receive(InputStream body, @HeaderParam("Content-Length") String length,
            @HeaderParam("Stripe-Signature") String signature) throws IOException {
        return receiver.receive(body, length, signature);
    }
}
