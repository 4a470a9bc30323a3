package com.doganhub.platform.identity.internal.tenants;

import com.doganhub.platform.api.saudi.NationalAddress;

/** A checked request for a new tenant; VAT, CR and address are {@code null} only for the operator's own tenant. */
public record NewTenant(String slug, String nameAr, String nameEn, String vatNumber, String crNumber,
        NationalAddress address, String locale) {
}
