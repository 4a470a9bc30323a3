package com.doganhub.platform.identity.internal.branding;

import java.util.Locale;

/** What a tenant's users and customers see: names, logo, colours, support contact, own domain. */
public record Branding(String displayNameAr, String displayNameEn, String logoFileId, String primaryColor,
        String accentColor, String supportEmail, String customDomain) {

    public static final String DEFAULT_PRIMARY = "#0F766E";
    public static final String DEFAULT_ACCENT = "#F59E0B";

    /** The display name for {@code locale}. */
    public String displayName(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? displayNameAr : displayNameEn;
    }

    /** This branding with every unset part taken from the tenant's names and the platform's colours. */
    Branding withDefaults(String tenantNameAr, String tenantNameEn) {
        return new Branding(displayNameAr == null ? tenantNameAr : displayNameAr,
                displayNameEn == null ? tenantNameEn : displayNameEn, logoFileId,
                primaryColor == null ? DEFAULT_PRIMARY : primaryColor, accentColor == null ? DEFAULT_ACCENT : accentColor,
                supportEmail, customDomain);
    }
}
