package com.doganhub.crm.internal.attachments;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.crm.internal.CrmPermissions;
import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.companies.CompanyEntity;
import com.doganhub.crm.internal.contacts.ContactEntity;
import com.doganhub.crm.internal.deals.Deals;
import com.doganhub.integration.api.storage.AttachmentPolicy;
import com.doganhub.integration.api.storage.Attachments;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.error.NotFound;

/**
 * Files on contacts, companies and deals go through the files API ({@code entityType} {@value #CONTACT},
 * {@value #COMPANY} or {@value #DEAL}); this policy gives them the record's own rules: seeing them needs the right
 * to see the record (a sales user sees only their own deals' files), attaching and removing needs the right to
 * change it, and a record of another tenant, or none, takes no files. A deleted record's files go with it.
 */
@Component(service = { AttachmentPolicy.class, CrmAttachments.class }, property = {
        AttachmentPolicy.ENTITY_TYPES + "=" + CrmAttachments.CONTACT,
        AttachmentPolicy.ENTITY_TYPES + "=" + CrmAttachments.COMPANY,
        AttachmentPolicy.ENTITY_TYPES + "=" + CrmAttachments.DEAL })
public class CrmAttachments implements AttachmentPolicy {

    public static final String CONTACT = "crm.contact";
    public static final String COMPANY = "crm.company";
    public static final String DEAL = "crm.deal";
    private static final Logger LOG = LoggerFactory.getLogger(CrmAttachments.class);

    private final CrmStore store;
    private final Deals deals;

    /** Storage may come and go on its own; without it there are no files to remove. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Attachments attachments;

    @Activate
    public CrmAttachments(@Reference CrmStore store, @Reference Deals deals) {
        this.store = store;
        this.deals = deals;
    }

    @Override
    public boolean mayRead(String entityType, String entityId) {
        return allowed(entityType, entityId, false);
    }

    @Override
    public boolean mayWrite(String entityType, String entityId) {
        return allowed(entityType, entityId, true);
    }

    /** Removes a deleted record's files, after the deletion committed; a failure leaves them for the log to tell. */
    public void removeAll(String entityType, String entityId) {
        Attachments files = attachments;
        if (files == null) {
            return;
        }
        try {
            files.deleteAll(entityType, entityId);
        } catch (RuntimeException failed) {
            LOG.warn("The files of deleted {} {} stay in storage: {}", entityType, entityId, failed.toString());
        }
    }

    private boolean allowed(String entityType, String entityId, boolean write) {
        TenantContext caller = store.caller();
        return switch (entityType) {
            case CONTACT -> caller.hasPermission(write ? CrmPermissions.CONTACTS_WRITE : CrmPermissions.CONTACTS_READ)
                    && exists(ContactEntity.class, entityId);
            case COMPANY -> caller.hasPermission(write ? CrmPermissions.CONTACTS_WRITE : CrmPermissions.CONTACTS_READ)
                    && exists(CompanyEntity.class, entityId);
            case DEAL -> caller.hasPermission(write ? CrmPermissions.DEALS_WRITE : CrmPermissions.DEALS_READ)
                    && visibleDeal(entityId);
            default -> false;
        };
    }

    private boolean exists(Class<?> type, String id) {
        return store.inTransaction((EntityManager em) -> em.find(type, id) != null);
    }

    private boolean visibleDeal(String id) {
        try {
            return store.inTransaction(em -> {
                deals.requireVisible(em, id);
                return true;
            });
        } catch (NotFound notVisible) {
            return false;
        }
    }
}
