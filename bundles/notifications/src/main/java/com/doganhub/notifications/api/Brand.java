package com.doganhub.notifications.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a tenant's emails look: its names, colours ({@code #RRGGBB}; anything else falls back to the platform's), an
 * optional logo URL (https only) and support address.
 */
public record Brand(String nameAr, String nameEn, String primaryColor, String accentColor, String logoUrl,
        String supportEmail) {

    public static final String DEFAULT_PRIMARY = "#0F766E";
    public static final String DEFAULT_ACCENT = "#F59E0B";
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public Brand {
        nameEn = nameEn == null || nameEn.isBlank() ? "DoganHub" : nameEn.strip();
        nameAr = nameAr == null || nameAr.isBlank() ? nameEn : nameAr.strip();
        primaryColor = primaryColor != null && COLOUR.matcher(primaryColor).matches() ? primaryColor : DEFAULT_PRIMARY;
        accentColor = accentColor != null && COLOUR.matcher(accentColor).matches() ? accentColor : DEFAULT_ACCENT;
        logoUrl = logoUrl != null && logoUrl.startsWith("https://") ? logoUrl : null;
        supportEmail = supportEmail == null || supportEmail.isBlank() ? null : supportEmail.strip();
    }

    /** The platform's own brand, for operator mail and previews. */
    public static Brand platform() {
        return new Brand("دوغان هب", "DoganHub", null, null, null, null);
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
    }
}
