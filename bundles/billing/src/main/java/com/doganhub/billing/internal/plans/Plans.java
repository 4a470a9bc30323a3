package com.doganhub.billing.internal.plans;

import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.BillingUnit;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.persistence.api.SchemaReady;

/** The plans the operator sells. Plans are never deleted (licenses name them); a plan no longer sold is inactive. */
@Component(service = Plans.class)
public class Plans {

    private final JpaTemplate jpa;
    private final BillingClock clock;
    private final AuditLog audit;

    @Activate
    public Plans(@Reference(target = BillingUnit.JPA) JpaTemplate jpa, @Reference BillingClock clock,
            @Reference AuditLog audit, @Reference(target = BillingUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.clock = clock;
        this.audit = audit;
    }

    public List<PlanEntity> list(boolean activeOnly) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select p from PlanEntity p "
                + (activeOnly ? "where p.active = true " : "") + "order by p.monthlyPrice, p.id", PlanEntity.class)
                .getResultList());
    }

    public Optional<PlanEntity> find(String id) {
        return id == null ? Optional.empty()
                : Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(PlanEntity.class, id)));
    }

    public PlanEntity require(String id) {
        return find(id).orElseThrow(() -> new NotFound("plan", id));
    }

    /** The plan sold at a Stripe price (monthly or yearly). */
    public Optional<PlanEntity> byStripePrice(String price) {
        if (price == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select p from PlanEntity p "
                + "where p.stripePriceMonthly = :price or p.stripePriceYearly = :price", PlanEntity.class)
                .setParameter("price", price).getResultList()).stream().findFirst();
    }

    /** Creates or replaces plan {@code id}, audited with the change. */
    public PlanEntity save(String id, PlanRequest request) {
        if (id == null || !PlanRequest.ID.matcher(id).matches()) {
            throw new ValidationFailed("id", "plan.id");
        }
        if (request == null) {
            throw new ValidationFailed("body", "required");
        }
        PlanRequest.Checked checked = request.check();
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = em.find(PlanEntity.class, id);
            boolean created = plan == null;
            AuditEvent event = AuditEvent.of("plan", id, created ? "create" : "update");
            if (!created) {
                event = event.with("monthlyPrice", plan.monthlyPrice(), checked.monthlyPrice())
                        .with("yearlyPrice", plan.yearlyPrice(), checked.yearlyPrice())
                        .with("seats", plan.seats(), checked.seats())
                        .with("modules", String.join(",", plan.modules()), String.join(",", checked.modules()))
                        .with("active", plan.active(), checked.active());
            } else {
                plan = new PlanEntity(id);
                event = event.with("monthlyPrice", null, checked.monthlyPrice()).with("seats", null, checked.seats())
                        .with("modules", null, String.join(",", checked.modules()));
            }
            plan.fill(checked, clock.now());
            if (created) {
                em.persist(plan);
            }
            audit.record(event);
            return plan;
        });
    }
}
