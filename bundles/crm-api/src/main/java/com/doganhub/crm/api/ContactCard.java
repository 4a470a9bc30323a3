package com.doganhub.crm.api;

import java.util.List;

/**
 * A contact as other modules see it.
 *
 * @param emails in the order the contact gave them, the first the primary
 * @param phones E.164 ({@code +966501234567})
 */
public record ContactCard(String id, String nameAr, String nameEn, List<String> emails, List<String> phones,
        String companyId, String companyName) {

    public ContactCard {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }
}
