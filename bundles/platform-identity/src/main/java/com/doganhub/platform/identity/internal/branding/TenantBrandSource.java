package com.doganhub.platform.identity.internal.branding;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.notifications.api.Brand;
import com.doganhub.notifications.api.TenantBrands;

/** Offers the tenants' branding to other modules as the notification {@link Brand} they render with. */
@Component(service = TenantBrands.class)
public class TenantBrandSource implements TenantBrands {

    private final BrandingService branding;

    @Activate
    public TenantBrandSource(@Reference BrandingService branding) {
        this.branding = branding;
    }

    @Override
    public Brand current() {
        return brandOf(branding.current());
    }

    /** The logo stays out: a brand's logo URL must be public https, and ours is a file id behind authentication. */
    public static Brand brandOf(Branding branding) {
        return new Brand(branding.displayNameAr(), branding.displayNameEn(), branding.primaryColor(),
                branding.accentColor(), null, branding.supportEmail());
    }
}
