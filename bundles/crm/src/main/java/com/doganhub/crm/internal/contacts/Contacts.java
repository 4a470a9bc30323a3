package com.doganhub.crm.internal.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.crm.api.ContactCard;
import com.doganhub.crm.api.CrmDirectory;
import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.Phones;
import com.doganhub.crm.internal.SearchText;
import com.doganhub.crm.internal.attachments.CrmAttachments;
import com.doganhub.crm.internal.companies.CompanyEntity;
import com.doganhub.crm.internal.fields.CustomFields;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;

/** The calling tenant's contacts; also the {@link CrmDirectory} other modules ask. */
@Component(service = { Contacts.class, CrmDirectory.class })
public class Contacts implements CrmDirectory {

    private final CrmStore store;
    private final AuditLog audit;
    private final CustomFields customFields;
    private final CrmAttachments attachments;

    @Activate
    public Contacts(@Reference CrmStore store, @Reference AuditLog audit, @Reference CustomFields customFields,
            @Reference CrmAttachments attachments) {
        this.store = store;
        this.audit = audit;
        this.customFields = customFields;
        this.attachments = attachments;
    }

    public ContactView create(ContactRequest request) {
        String caller = store.caller().userId();
        return store.inTransaction(em -> {
            Checked checked = check(em, request, caller, true);
            String company = companyName(em, checked.contact().companyId());
            ContactEntity contact = new ContactEntity(UUID.randomUUID().toString(), store.now());
            contact.apply(checked.contact(), checked.customFields(), store.now());
            em.persist(contact);
            audit.record(AuditEvent.of("contact", contact.id(), "create").with("name", null, contact.displayName()));
            return view(contact, company);
        });
    }

    public ContactView replace(String id, ContactRequest request) {
        String caller = store.caller().userId();
        return store.inTransaction(em -> {
            ContactEntity contact = find(em, id);
            Checked checked = check(em, request, caller, request.customFields() != null);
            String company = companyName(em, checked.contact().companyId());
            // a client that sends no customFields (one written before they existed) keeps the contact's values
            contact.apply(checked.contact(), request.customFields() == null ? contact.customFields()
                    : checked.customFields(), store.now());
            audit.record(AuditEvent.of("contact", id, "update").with("name", null, contact.displayName()));
            return view(contact, company);
        });
    }

    public ContactView view(String id) {
        return store.inTransaction(em -> {
            ContactEntity contact = find(em, id);
            return view(contact, companyName(em, contact.companyId()));
        });
    }

    /** A contact checked whole: its fields and its custom field values, every problem reported at once. */
    private Checked check(EntityManager em, ContactRequest request, String caller, boolean customChecked) {
        List<FieldError> errors = new ArrayList<>();
        ContactRequest.Valid valid = request.validate(caller, errors);
        String custom = !customChecked ? null
                : customFields.check(customFields.definitions(em), request.customFields(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new Checked(valid, custom);
    }

    private record Checked(ContactRequest.Valid contact, String customFields) {
    }

    ContactView view(ContactEntity contact, String companyName) {
        return ContactView.of(contact, companyName, customFields.read(contact.customFields()));
    }

    public void delete(String id) {
        store.inTransaction(em -> {
            ContactEntity contact = find(em, id);
            long deals = em.createQuery("select count(d) from DealEntity d where d.contactId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (deals > 0) {
                throw new Conflict("crm.contact-has-deals", deals);
            }
            em.remove(contact);
            audit.record(AuditEvent.of("contact", id, "delete").with("name", contact.displayName(), null));
            return null;
        });
        attachments.removeAll(CrmAttachments.CONTACT, id);
    }

    /**
     * A page of contacts, newest id order, optionally matching {@code q} (in a name, however written, an email or a
     * phone however dialled) and carrying {@code tag}.
     */
    public List<ContactView> search(String q, String tag, String cursor, int limit) {
        String folded = SearchText.fold(q);
        String phone = Phones.e164(q);
        return store.inTransaction(em -> {
            StringBuilder jpql = new StringBuilder("select c from ContactEntity c where 1 = 1");
            if (!folded.isEmpty()) {
                jpql.append(phone == null ? " and c.searchText like :q escape '!'"
                        : " and (c.searchText like :q escape '!' or c.searchText like :phone escape '!')");
            }
            if (tag != null && !tag.isBlank()) {
                jpql.append(" and (c.tags = :tag or c.tags like :tagFirst or c.tags like :tagLast or c.tags like :tagMiddle)");
            }
            if (cursor != null && !cursor.isBlank()) {
                jpql.append(" and c.id > :cursor");
            }
            TypedQuery<ContactEntity> query = em.createQuery(jpql.append(" order by c.id").toString(), ContactEntity.class);
            if (!folded.isEmpty()) {
                query.setParameter("q", SearchText.containing(folded));
                if (phone != null) {
                    query.setParameter("phone", SearchText.containing(phone));
                }
            }
            if (tag != null && !tag.isBlank()) {
                String t = tag.strip().toLowerCase(Locale.ROOT);
                query.setParameter("tag", t).setParameter("tagFirst", t + "\n%").setParameter("tagLast", "%\n" + t)
                        .setParameter("tagMiddle", "%\n" + t + "\n%");
            }
            if (cursor != null && !cursor.isBlank()) {
                query.setParameter("cursor", cursor);
            }
            List<ContactEntity> rows = query.setMaxResults(limit + 1).getResultList();
            Map<String, String> companies = companyNames(em, rows);
            return rows.stream().map(contact -> view(contact, companies.get(contact.companyId()))).toList();
        });
    }

    @Override
    public Optional<ContactCard> contact(String id) {
        return store.inTransaction(em -> Optional.ofNullable(em.find(ContactEntity.class, id))
                .map(contact -> card(em, contact)));
    }

    @Override
    public Optional<ContactCard> contactByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return store.inTransaction(em -> em.createQuery("select c from ContactEntity c where c.primaryEmail = :email "
                + "or c.emails like :inList escape '!' order by c.id", ContactEntity.class)
                .setParameter("email", wanted).setParameter("inList", SearchText.containing(wanted))
                .getResultList().stream().filter(contact -> contact.emails().contains(wanted)).findFirst()
                .map(contact -> card(em, contact)));
    }

    private static ContactCard card(EntityManager em, ContactEntity contact) {
        return new ContactCard(contact.id(), contact.nameAr(), contact.nameEn(), contact.emails(), contact.phones(),
                contact.companyId(), companyName(em, contact.companyId()));
    }

    static ContactEntity find(EntityManager em, String id) {
        ContactEntity contact = id == null ? null : em.find(ContactEntity.class, id);
        if (contact == null) {
            throw new NotFound("contact", id);
        }
        return contact;
    }

    /** The company's name; a company id of another tenant (or none) is a 422 on {@code companyId}. */
    private static String companyName(EntityManager em, String companyId) {
        if (companyId == null) {
            return null;
        }
        CompanyEntity company = em.find(CompanyEntity.class, companyId);
        if (company == null) {
            throw new ValidationFailed("companyId", "crm.unknown-company");
        }
        return company.displayName();
    }

    private static Map<String, String> companyNames(EntityManager em, List<ContactEntity> contacts) {
        List<String> ids = contacts.stream().map(ContactEntity::companyId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (ids.isEmpty()) {
            return new java.util.HashMap<>(); // contacts without a company look up null
        }
        return em.createQuery("select c from CompanyEntity c where c.id in :ids", CompanyEntity.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(CompanyEntity::id, CompanyEntity::displayName, (a, b) -> a));
    }
}
