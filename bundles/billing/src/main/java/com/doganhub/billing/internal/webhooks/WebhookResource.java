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
 * {@code POST /api/v1/billing/webhooks}: Stripe's events. No sign-in: the {@code Stripe-Signature} header over the raw
 * body is the authentication. Answers 200 for every verified event, new or replayed, so Stripe stops retrying.
 */
@Component(service = WebhookResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/billing/webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookReceiver receiver;

    @Activate
    public WebhookResource(@Reference WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @POST
    public Map<String, Object> receive(InputStream body, @HeaderParam("Content-Length") String length,
            @HeaderParam("Stripe-Signature") String signature) throws IOException {
        return receiver.receive(body, length, signature);
    }
}
