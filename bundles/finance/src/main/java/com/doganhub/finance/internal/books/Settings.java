package com.doganhub.finance.internal.books;

import java.time.LocalDate;

/**
 * A tenant's finance settings: who sells (as ZATCA wants it on every invoice), the period lock and invoice defaults.
 * Also the JSON of {@code GET|PUT /api/v1/finance/settings}.
 */
public record Settings(String sellerNameAr, String sellerNameEn, String vatNumber, String crNumber,
        String buildingNumber, String street, String district, String city, String postalCode, LocalDate lockedThrough,
        int paymentTermsDays, boolean emailInvoices) {

    /** Whether a date falls in the locked period. */
    public boolean isLocked(LocalDate date) {
        return lockedThrough != null && !date.isAfter(lockedThrough);
    }
}
