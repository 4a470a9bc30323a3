package com.doganhub.crm.internal.activities;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.companies.CompanyEntity;
import com.doganhub.crm.internal.contacts.ContactEntity;
import com.doganhub.crm.internal.deals.Deals;
import com.doganhub.integration.api.email.DeliveryState;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.NotFound;

/**
 * Activities on contacts, companies and deals. What one may see follows its subject: an activity on a deal the
 * caller cannot see is not there.
 */
@Component(service = Activities.class)
public class Activities {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    private final CrmStore store;
    private final Deals deals;
    private final EmailGateway email;
    private final AuditLog audit;

    @Activate
    public Activities(@Reference CrmStore store, @Reference Deals deals,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) EmailGateway email, @Reference AuditLog audit) {
        this.store = store;
        this.deals = deals;
        this.email = email;
        this.audit = audit;
    }

    public ActivityView create(ActivityRequest request) {
        ActivityRequest.Valid valid = request.validate(store.caller().userId());
        return store.inTransaction(em -> {
            requireSubject(em, valid.entityType(), valid.entityId());
            ActivityEntity activity = new ActivityEntity(UUID.randomUUID().toString(), valid.type(), valid.entityType(),
                    valid.entityId(), valid.title(), valid.body(), valid.ownerId(), valid.dueDate(),
                    store.caller().userId(), store.now());
            em.persist(activity);
            audit.record(AuditEvent.of("activity", activity.id(), "create").with("type", null, valid.type().name()));
            return ActivityView.of(activity, null);
        });
    }

    /** Logs an email sent from the CRM, in the transaction that queued it. */
    ActivityEntity logEmail(EntityManager em, String contactId, String subject, String body, String outboxId,
            String messageId) {
        ActivityEntity activity = new ActivityEntity(UUID.randomUUID().toString(), ActivityEntity.Type.EMAIL,
                ActivityEntity.Subject.CONTACT, contactId, subject, body, store.caller().userId(), null,
                store.caller().userId(), store.now());
        activity.sent(outboxId, messageId);
        em.persist(activity);
        return activity;
    }

    public List<ActivityView> of(String entityType, String entityId) {
        List<com.doganhub.platform.api.error.FieldError> errors = new java.util.ArrayList<>();
        ActivityEntity.Subject subject = ActivityRequest.parse(errors, "entityType", entityType, ActivityEntity.Subject.class);
        if (!errors.isEmpty() || entityId == null || entityId.isBlank()) {
            if (entityId == null || entityId.isBlank()) {
                errors.add(com.doganhub.platform.api.error.FieldError.of("entityId", "required"));
            }
            throw new com.doganhub.platform.api.error.ValidationFailed(errors);
        }
        List<ActivityEntity> rows = store.inTransaction(em -> {
            requireSubject(em, subject, entityId);
            return em.createQuery("select a from ActivityEntity a where a.entityType = :type and a.entityId = :id "
                    + "order by a.createdAt desc, a.id", ActivityEntity.class).setParameter("type", subject)
                    .setParameter("id", entityId).setMaxResults(500).getResultList();
        });
        return rows.stream().map(activity -> ActivityView.of(activity, delivery(activity))).toList();
    }

    /** The caller's open tasks due before today (Riyadh), oldest first. */
    public List<ActivityView> overdue() {
        String me = store.caller().userId();
        LocalDate today = LocalDate.now(RIYADH);
        return store.inTransaction(em -> em.createQuery("select a from ActivityEntity a where a.type = :task and "
                + "a.done = false and a.ownerId = :me and a.dueDate < :today order by a.dueDate, a.id",
                ActivityEntity.class).setParameter("task", ActivityEntity.Type.TASK).setParameter("me", me)
                .setParameter("today", today).setMaxResults(500).getResultList()).stream()
                .map(activity -> ActivityView.of(activity, null)).toList();
    }

    public ActivityView markDone(String id, boolean done) {
        return store.inTransaction(em -> {
            ActivityEntity activity = em.find(ActivityEntity.class, id);
            if (activity == null) {
                throw new NotFound("activity", id);
            }
            requireSubject(em, activity.entityType(), activity.entityId());
            activity.done(done, store.now());
            audit.record(AuditEvent.of("activity", id, done ? "done" : "reopen"));
            return ActivityView.of(activity, null);
        });
    }

    private DeliveryState delivery(ActivityEntity activity) {
        return activity.outboxId() == null ? null : email.state(activity.outboxId()).orElse(null);
    }

    private void requireSubject(EntityManager em, ActivityEntity.Subject type, String id) {
        switch (type) {
            case CONTACT -> {
                if (em.find(ContactEntity.class, id) == null) {
                    throw new NotFound("contact", id);
                }
            }
            case COMPANY -> {
                if (em.find(CompanyEntity.class, id) == null) {
                    throw new NotFound("company", id);
                }
            }
            case DEAL -> deals.requireVisible(em, id);
        }
    }
}
