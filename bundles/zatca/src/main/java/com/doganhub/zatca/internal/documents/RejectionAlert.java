package com.doganhub.zatca.internal.documents;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.NotificationTemplates;
import com.doganhub.notifications.api.RenderedEmail;
import com.doganhub.notifications.api.TenantBrands;

/**
 * Tells the tenant when ZATCA rejects one of its documents: the {@code job-failed} email (Arabic) to the support
 * address of the tenant's branding, through the outbox, with ZATCA's errors and a link to the invoice. A tenant
 * without a support address gets the WARN log, the audit entry and the integration report only.
 */
@Component(service = RejectionAlert.class, configurationPid = ZatcaSettings.PID)
@Designate(ocd = ZatcaSettings.class)
public class RejectionAlert {

    private static final Logger LOG = LoggerFactory.getLogger(RejectionAlert.class);
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final EmailGateway email;
    private final NotificationTemplates templates;
    private final TenantBrands brands;
    private final String publicUrl;

    @Activate
    public RejectionAlert(@Reference(policyOption = ReferencePolicyOption.GREEDY) EmailGateway email,
            @Reference NotificationTemplates templates, @Reference TenantBrands brands, ZatcaSettings settings) {
        this.email = email;
        this.templates = templates;
        this.brands = brands;
        this.publicUrl = settings.publicUrl().strip().replaceAll("/+$", "");
    }

    /** In the tenant's scope. */
    void rejected(String documentId, String number, boolean simplified, List<String> errors) {
        Brand brand = brands.current();
        if (brand.supportEmail() == null) {
            LOG.info("No support address in the branding of this tenant: the rejection of {} is not emailed", number);
            return;
        }
        RenderedEmail rendered = templates.render("job-failed", ARABIC, brand, Map.of(
                "jobName", (simplified ? "الإبلاغ عن الفاتورة " : "اعتماد الفاتورة ") + number + " لدى هيئة الزكاة والضريبة والجمارك",
                "failedAt", ZonedDateTime.now(ZoneId.of("Asia/Riyadh")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                "errorSummary", String.join("\n", errors),
                "detailsUrl", publicUrl + "/finance/invoices/" + documentId));
        email.send(rendered.message(EmailAddress.of(brand.supportEmail()), null));
    }
}
