package com.doganhub.crm.internal.contacts;

import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.crm.internal.SearchText;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/**
 * A person. Emails, phones (E.164) and tags are kept one per line in a column each; {@code search_text} holds the
 * folded names, emails and phones, so one {@code like} finds a contact however its name was typed.
 */
@Entity
@Table(name = "crm_contact")
public class ContactEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_en")
    private String nameEn;
    private String emails;
    @Column(name = "primary_email")
    private String primaryEmail;
    private String phones;
    @Column(name = "company_id")
    private String companyId;
    @Column(name = "owner_id")
    private String ownerId;
    private String tags;
    @Column(name = "search_text")
    private String searchText;
    @Column(name = "custom_fields")
    private String customFields;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected ContactEntity() {
        // JPA
    }

    ContactEntity(String id, LocalDateTime now) {
        this.id = id;
        this.createdAt = now;
    }

    void apply(ContactRequest.Valid valid, String customFieldValues, LocalDateTime now) {
        this.customFields = customFieldValues;
        this.nameAr = valid.nameAr();
        this.nameEn = valid.nameEn();
        this.emails = Inputs.joined(valid.emails());
        this.primaryEmail = valid.emails().isEmpty() ? null : valid.emails().get(0);
        this.phones = Inputs.joined(valid.phones());
        this.companyId = valid.companyId();
        this.ownerId = valid.ownerId();
        this.tags = Inputs.joined(valid.tags());
        this.searchText = SearchText.of(nameAr, nameEn, String.join(" ", valid.emails()), String.join(" ", valid.phones()));
        this.updatedAt = now;
    }

    /** The custom field values as {@code CustomFields} wrote them (JSON), or {@code null}. */
    public void replaceCustomFields(String values) {
        this.customFields = values;
    }

    public String displayName() {
        return nameAr != null ? nameAr : nameEn;
    }

    public String id() { return id; }
    public String nameAr() { return nameAr; }
    public String nameEn() { return nameEn; }
    public List<String> emails() { return Inputs.split(emails); }
    public String primaryEmail() { return primaryEmail; }
    public List<String> phones() { return Inputs.split(phones); }
    public String companyId() { return companyId; }
    public String ownerId() { return ownerId; }
    public List<String> tags() { return Inputs.split(tags); }
    public String customFields() { return customFields; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime updatedAt() { return updatedAt; }
}
