package com.doganhub.platform.api.tenants;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.doganhub.platform.api.LocalizedText;

/**
 * A tenant as other modules see it.
 *
 * @param ownerEmails the active owners' addresses, for mail about the account itself
 */
public record TenantSummary(String id, String slug, LocalizedText name, Locale locale, boolean active,
        List<String> ownerEmails) {

    public TenantSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        locale = locale == null ? Locale.ENGLISH : locale;
        ownerEmails = ownerEmails == null ? List.of() : List.copyOf(ownerEmails);
    }
}
