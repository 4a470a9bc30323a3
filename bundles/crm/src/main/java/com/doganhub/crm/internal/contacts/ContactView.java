package com.doganhub.crm.internal.contacts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** A contact as the API shows it, with its company's name. */
public record ContactView(String id, String nameAr, String nameEn, List<String> emails, List<String> phones,
        String companyId, String companyName, String ownerId, List<String> tags, Map<String, Object> customFields,
        LocalDateTime createdAt, LocalDateTime updatedAt) {

    static ContactView of(ContactEntity contact, String companyName, Map<String, Object> customFields) {
        return new ContactView(contact.id(), contact.nameAr(), contact.nameEn(), contact.emails(), contact.phones(),
                contact.companyId(), companyName, contact.ownerId(), contact.tags(), customFields, contact.createdAt(),
                contact.updatedAt());
    }
}
