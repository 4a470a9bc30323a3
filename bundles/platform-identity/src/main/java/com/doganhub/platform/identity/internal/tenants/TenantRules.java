package com.doganhub.platform.identity.internal.tenants;

import java.util.Set;
import java.util.regex.Pattern;

import com.doganhub.platform.api.saudi.NationalAddress;
import com.doganhub.platform.api.saudi.VatNumber;
import com.doganhub.platform.identity.internal.FieldChecks;

/** Field rules for tenants: slug, names, VAT and CR numbers, national address, locale. */
final class TenantRules {

    static final int NAME_MAX = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,61}[a-z0-9]");
    private static final Pattern CR_NUMBER = Pattern.compile("\\d{10}");
    /** Names that would collide with the operator or with paths and hosts the platform uses. */
    static final Set<String> RESERVED = Set.of("platform", "admin", "api", "www", "public", "system", "root", "support");

    private TenantRules() {
    }

    static String slug(FieldChecks checks, String raw) {
        String slug = raw == null ? null : raw.strip();
        if (slug == null || slug.isEmpty()) {
            checks.fail("slug", "required");
            return null;
        }
        if (!SLUG.matcher(slug).matches()) {
            checks.fail("slug", "tenant.slug.format");
            return null;
        }
        if (RESERVED.contains(slug)) {
            checks.fail("slug", "tenant.slug.reserved", slug);
            return null;
        }
        return slug;
    }

    static String vatNumber(FieldChecks checks, String raw) {
        VatNumber vat = checks.parse(() -> VatNumber.parse("vatNumber", raw));
        return vat == null ? null : vat.value();
    }

    static String crNumber(FieldChecks checks, String raw) {
        String cr = raw == null ? null : raw.strip();
        if (cr == null || cr.isEmpty()) {
            checks.fail("crNumber", "required");
            return null;
        }
        if (!CR_NUMBER.matcher(cr).matches()) {
            checks.fail("crNumber", "cr-number.format");
            return null;
        }
        return cr;
    }

    static NationalAddress address(FieldChecks checks, TenantRequests.Address address) {
        if (address == null) {
            checks.fail("address", "required");
            return null;
        }
        return checks.parse(() -> NationalAddress.parse("address", address.buildingNumber(), address.street(),
                address.district(), address.city(), address.postalCode()));
    }
}
