package com.doganhub.finance.internal.books;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.finance.internal.FinancePermissions;
import com.doganhub.finance.internal.Inputs;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.saudi.NationalAddress;
import com.doganhub.platform.api.saudi.VatNumber;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/finance/settings}: the seller's legal identity (names, VAT and CR numbers, national address), the
 * period lock ({@code lockedThrough}: nothing is posted on or before it) and invoice defaults. PUT replaces all.
 */
@Component(service = SettingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/finance/settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final Books books;
    private final AuditLog audit;

    @Activate
    public SettingsResource(@Reference Books books, @Reference AuditLog audit) {
        this.books = books;
        this.audit = audit;
    }

    @GET
    @RequiresPermission(FinancePermissions.SETTINGS_READ)
    public Settings get() {
        return books.inTransaction(books::settings);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.SETTINGS_WRITE)
    public Settings replace(Settings requested) {
        if (requested == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String nameAr = Inputs.text(errors, "sellerNameAr", requested.sellerNameAr(), 200, false);
        String nameEn = Inputs.text(errors, "sellerNameEn", requested.sellerNameEn(), 200, false);
        String vat = Inputs.text(errors, "vatNumber", requested.vatNumber(), 15, false);
        if (vat != null && !VatNumber.isValid(vat)) {
            errors.add(FieldError.of("vatNumber", "vat-number.format"));
        }
        String cr = Inputs.text(errors, "crNumber", requested.crNumber(), 10, false);
        if (cr != null && !cr.matches("\\d{10}")) {
            errors.add(FieldError.of("crNumber", "finance.cr-number-format"));
        }
        boolean anyAddress = requested.buildingNumber() != null || requested.street() != null
                || requested.district() != null || requested.city() != null || requested.postalCode() != null;
        NationalAddress address = null;
        if (anyAddress) {
            try {
                address = NationalAddress.parse("", requested.buildingNumber(), requested.street(),
                        requested.district(), requested.city(), requested.postalCode());
            } catch (ValidationFailed wrong) {
                errors.addAll(wrong.errors());
            }
        }
        if (requested.paymentTermsDays() < 0 || requested.paymentTermsDays() > 365) {
            errors.add(FieldError.of("paymentTermsDays", "invalid-value", "paymentTermsDays"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        Settings clean = new Settings(nameAr, nameEn, vat, cr, address == null ? null : address.buildingNumber(),
                address == null ? null : address.street(), address == null ? null : address.district(),
                address == null ? null : address.city(), address == null ? null : address.postalCode(),
                requested.lockedThrough(), requested.paymentTermsDays(), requested.emailInvoices());
        return books.inTransaction(em -> {
            Settings before = books.settings(em);
            audit.record(AuditEvent.of("finance-settings", "books", "update")
                    .with("lockedThrough", before.lockedThrough(), clean.lockedThrough())
                    .with("vatNumber", before.vatNumber(), clean.vatNumber()));
            return books.replace(em, clean);
        });
    }
}
