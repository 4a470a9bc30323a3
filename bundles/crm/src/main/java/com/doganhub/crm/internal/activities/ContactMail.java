package com.doganhub.crm.internal.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.Inputs;
import com.doganhub.crm.internal.contacts.ContactEntity;
import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.integration.api.email.QueuedEmail;
import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;
import com.doganhub.notifications.api.TenantBrands;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * Email to a contact from the CRM: the {@code contact-message} template in the tenant's branding (its support address
 * as Reply-To), queued in the outbox and logged as an email activity in one transaction, so a message is never sent
 * without its activity or logged without being sent.
 */
@Component(service = ContactMail.class)
public class ContactMail {

    private final CrmStore store;
    private final Activities activities;
    private final EmailGateway email;
    private final NotificationTemplates templates;
    private final TenantBrands brands;
    private final AuditLog audit;

    @Activate
    public ContactMail(@Reference CrmStore store, @Reference Activities activities,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) EmailGateway email,
            @Reference NotificationTemplates templates, @Reference TenantBrands brands, @Reference AuditLog audit) {
        this.store = store;
        this.activities = activities;
        this.email = email;
        this.templates = templates;
        this.brands = brands;
        this.audit = audit;
    }

    /** What a user writes: {@code to} one of the contact's emails (default its first), {@code language} ar or en. */
    public record MailRequest(String subject, String body, String to, String language) {
    }

    public ActivityView send(String contactId, MailRequest request) {
        Inputs.body(request);
        List<FieldError> errors = new ArrayList<>();
        String subject = Inputs.text(errors, "subject", request.subject(), 200, true);
        String body = Inputs.text(errors, "body", request.body(), 20_000, true);
        if (request.language() != null && !request.language().matches("ar|en")) {
            errors.add(FieldError.of("language", "crm.unknown-value", request.language()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Brand brand = brands.current();
        return store.inTransaction(em -> {
            ContactEntity contact = em.find(ContactEntity.class, contactId);
            if (contact == null) {
                throw new NotFound("contact", contactId);
            }
            String to = request.to() == null || request.to().isBlank() ? contact.primaryEmail()
                    : request.to().strip().toLowerCase(Locale.ROOT);
            if (to == null) {
                throw new ValidationFailed("to", "crm.contact-without-email");
            }
            if (!contact.emails().contains(to)) {
                throw new ValidationFailed("to", "crm.not-the-contacts-email");
            }
            boolean arabic = request.language() != null ? "ar".equals(request.language()) : contact.nameAr() != null;
            String name = arabic && contact.nameAr() != null ? contact.nameAr()
                    : contact.nameEn() != null ? contact.nameEn() : contact.nameAr();
            RenderedEmail rendered = templates.render("contact-message", arabic ? Locale.forLanguageTag("ar")
                    : Locale.ENGLISH, brand, Map.of("contactName", name, "messageSubject", subject,
                            "messageBody", body, "senderName", arabic ? brand.nameAr() : brand.nameEn()));
            QueuedEmail queued = email.send(rendered.message(new EmailAddress(to, name),
                    brand.supportEmail() == null ? null : EmailAddress.of(brand.supportEmail())));
            ActivityEntity activity = activities.logEmail(em, contactId, subject, body, queued.outboxId(), queued.messageId());
            audit.record(AuditEvent.of("contact", contactId, "email").with("to", null, to));
            return ActivityView.of(activity, email.state(queued.outboxId()).orElse(null));
        });
    }
}
