package com.doganhub.integration.outbox.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.QueuedEmail;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code POST /api/v1/admin/providers/email/test}: the operator queues a test message through the outbox and the
 * active chain, exactly as any other message travels, and follows it with {@code /api/v1/admin/outbox/{id}}.
 */
@Component(service = EmailTestResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/admin/providers/email/test")
@Produces(MediaType.APPLICATION_JSON)
public class EmailTestResource {

    static final String WRITE = "platform.provider.write";
    private static final int SUBJECT_MAX = 200;

    private final EmailGateway email;
    private final AuditLog audit;

    @Activate
    public EmailTestResource(@Reference EmailGateway email, @Reference AuditLog audit) {
        this.email = email;
        this.audit = audit;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(WRITE)
    public Response send(TestRequest request) {
        if (request == null) {
            throw new ValidationFailed("body", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        EmailAddress to = null;
        if (request.to() == null || request.to().isBlank()) {
            errors.add(FieldError.of("to", "required"));
        } else {
            try {
                to = EmailAddress.of(request.to().strip());
            } catch (IllegalArgumentException invalid) {
                errors.add(FieldError.of("to", "email.recipient", request.to().strip()));
            }
        }
        String subject = request.subject() == null || request.subject().isBlank() ? "DoganHub test message"
                : request.subject();
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            errors.add(FieldError.of("subject", "email.single-line"));
        } else if (subject.length() > SUBJECT_MAX) {
            errors.add(FieldError.of("subject", "too-long", SUBJECT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        QueuedEmail queued = email.send(EmailMessage.text(to, subject, request.text() == null || request.text().isBlank()
                ? "This message was sent from the DoganHub administration to test the email provider chain."
                : request.text()));
        audit.record(AuditEvent.of("outbox", queued.outboxId(), "email-test").with("to", null, to.address()));
        return Response.status(Response.Status.ACCEPTED).entity(queued).build();
    }

    /** Body of the POST. */
    public record TestRequest(String to, String subject, String text) {
    }
}
