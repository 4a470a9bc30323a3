package com.doganhub.crm.internal.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.crm.internal.CrmPermissions;
import com.doganhub.crm.internal.CrmStore;
import com.doganhub.crm.internal.Inputs;
import com.doganhub.crm.internal.companies.CompanyEntity;
import com.doganhub.crm.internal.contacts.ContactEntity;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;

/**
 * The calling tenant's deals. A caller without {@value CrmPermissions#DEALS_READ_ALL} sees and changes only the
 * deals they own: another's deal is simply not there (404), and pipeline totals count only their own.
 */
@Component(service = Deals.class)
public class Deals {

    private final CrmStore store;
    private final Pipelines pipelines;
    private final AuditLog audit;

    @Activate
    public Deals(@Reference CrmStore store, @Reference Pipelines pipelines, @Reference AuditLog audit) {
        this.store = store;
        this.pipelines = pipelines;
        this.audit = audit;
    }

    public Views.DealView create(DealRequest request) {
        TenantContext caller = store.caller();
        DealRequest.Valid valid = request.validate(caller.userId());
        String pipelineId = request.pipelineId() == null || request.pipelineId().isBlank() ? pipelines.defaultId()
                : request.pipelineId().strip();
        return store.inTransaction(em -> {
            PipelineEntity pipeline = em.find(PipelineEntity.class, pipelineId);
            if (pipeline == null) {
                throw new ValidationFailed("pipelineId", "crm.unknown-pipeline");
            }
            List<StageEntity> stages = Pipelines.stages(em, pipeline.id());
            StageEntity stage = request.stageId() == null || request.stageId().isBlank() ? stages.get(0)
                    : stageOf(em, pipeline.id(), request.stageId().strip(), "stageId");
            if (stage.lost()) {
                throw new ValidationFailed("stageId", "crm.create-lost");
            }
            checkParties(em, valid);
            DealEntity deal = new DealEntity(UUID.randomUUID().toString(), pipeline.id(), stage.id(), store.now());
            deal.apply(valid, store.now());
            deal.moveTo(stage, null, store.now());
            em.persist(deal);
            em.persist(new DealMoveEntity(UUID.randomUUID().toString(), deal.id(), 1, null, stage.id(), caller.userId(),
                    store.now(), null));
            audit.record(AuditEvent.of("deal", deal.id(), "create").with("amount", null,
                    deal.amount().toPlainString() + " " + deal.currency()));
            return Views.DealView.of(deal);
        });
    }

    public Views.DealView replace(String id, DealRequest request) {
        DealRequest.Valid valid = request.validate(store.caller().userId());
        return store.inTransaction(em -> {
            DealEntity deal = visible(em, id, true);
            checkParties(em, valid);
            deal.apply(valid, store.now());
            audit.record(AuditEvent.of("deal", id, "update").with("amount", null,
                    deal.amount().toPlainString() + " " + deal.currency()));
            return Views.DealView.of(deal);
        });
    }

    /** Moves a deal to another stage of its own pipeline; a lost stage needs the reason. The move is kept. */
    public Views.DealView move(String id, String stageId, String reason) {
        List<FieldError> errors = new ArrayList<>();
        String target = Inputs.text(errors, "stageId", stageId, 100, true);
        String why = Inputs.text(errors, "lostReason", reason, 500, false);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        TenantContext caller = store.caller();
        return store.inTransaction(em -> {
            DealEntity deal = visible(em, id, true);
            StageEntity stage = stageOf(em, deal.pipelineId(), target, "stageId");
            if (stage.lost() && why == null) {
                throw new ValidationFailed("lostReason", "crm.lost-reason-required");
            }
            if (stage.id().equals(deal.stageId())) {
                return Views.DealView.of(deal);
            }
            String from = deal.stageId();
            deal.moveTo(stage, why, store.now());
            long moves = em.createQuery("select count(m) from DealMoveEntity m where m.dealId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            em.persist(new DealMoveEntity(UUID.randomUUID().toString(), id, (int) moves + 1, from, stage.id(),
                    caller.userId(), store.now(), stage.lost() ? why : null));
            audit.record(AuditEvent.of("deal", id, "move").with("stage", from, stage.id()));
            return Views.DealView.of(deal);
        });
    }

    public Views.DealView view(String id) {
        return store.inTransaction(em -> Views.DealView.of(visible(em, id, false)));
    }

    public List<Views.MoveView> history(String id) {
        return store.inTransaction(em -> {
            visible(em, id, false);
            return em.createQuery("select m from DealMoveEntity m where m.dealId = :id order by m.seq",
                    DealMoveEntity.class).setParameter("id", id).getResultList().stream().map(Views.MoveView::of)
                    .toList();
        });
    }

    public List<Views.DealView> list(String pipelineId, String stageId, String cursor, int limit) {
        boolean all = store.caller().hasPermission(CrmPermissions.DEALS_READ_ALL);
        String me = store.caller().userId();
        return store.inTransaction(em -> {
            StringBuilder jpql = new StringBuilder("select d from DealEntity d where 1 = 1");
            if (!all) {
                jpql.append(" and d.ownerId = :me");
            }
            if (pipelineId != null && !pipelineId.isBlank()) {
                jpql.append(" and d.pipelineId = :pipeline");
            }
            if (stageId != null && !stageId.isBlank()) {
                jpql.append(" and d.stageId = :stage");
            }
            if (cursor != null && !cursor.isBlank()) {
                jpql.append(" and d.id > :cursor");
            }
            TypedQuery<DealEntity> query = em.createQuery(jpql.append(" order by d.id").toString(), DealEntity.class);
            if (!all) {
                query.setParameter("me", me);
            }
            if (pipelineId != null && !pipelineId.isBlank()) {
                query.setParameter("pipeline", pipelineId.strip());
            }
            if (stageId != null && !stageId.isBlank()) {
                query.setParameter("stage", stageId.strip());
            }
            if (cursor != null && !cursor.isBlank()) {
                query.setParameter("cursor", cursor);
            }
            return query.setMaxResults(limit + 1).getResultList().stream().map(Views.DealView::of).toList();
        });
    }

    /** Deals and amounts per stage, weighted by each stage's probability (half-up to the halala), by SQL aggregation. */
    public Views.PipelineSummary summary(String pipelineId) {
        boolean all = store.caller().hasPermission(CrmPermissions.DEALS_READ_ALL);
        String me = store.caller().userId();
        return store.inTransaction(em -> {
            PipelineEntity pipeline = pipelines.find(em, pipelineId);
            TypedQuery<Object[]> query = em.createQuery("select d.stageId, d.currency, count(d), sum(d.amount) from "
                    + "DealEntity d where d.pipelineId = :pipeline" + (all ? "" : " and d.ownerId = :me")
                    + " group by d.stageId, d.currency", Object[].class).setParameter("pipeline", pipeline.id());
            if (!all) {
                query.setParameter("me", me);
            }
            Map<String, Map<String, Object[]>> byStage = new LinkedHashMap<>();
            for (Object[] row : query.getResultList()) {
                byStage.computeIfAbsent((String) row[0], stage -> new TreeMap<>()).put((String) row[1], row);
            }
            List<Views.StageSummary> stages = new ArrayList<>();
            Map<String, BigDecimal[]> open = new TreeMap<>();
            Map<String, BigDecimal[]> won = new TreeMap<>();
            for (StageEntity stage : Pipelines.stages(em, pipeline.id())) {
                long count = 0;
                List<Views.Amounts> amounts = new ArrayList<>();
                for (Object[] row : byStage.getOrDefault(stage.id(), Map.of()).values()) {
                    count += ((Number) row[2]).longValue();
                    BigDecimal total = ((BigDecimal) row[3]).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal weighted = total.multiply(BigDecimal.valueOf(stage.probability())).movePointLeft(2)
                            .setScale(2, RoundingMode.HALF_UP);
                    amounts.add(new Views.Amounts((String) row[1], total, weighted));
                    Map<String, BigDecimal[]> bucket = stage.won() ? won : stage.lost() ? null : open;
                    if (bucket != null) {
                        bucket.merge((String) row[1], new BigDecimal[] {total, weighted},
                                (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
                    }
                }
                stages.add(new Views.StageSummary(stage.id(), stage.nameAr(), stage.nameEn(), stage.probability(),
                        stage.won(), stage.lost(), count, amounts));
            }
            return new Views.PipelineSummary(pipeline.id(), !all, stages, amounts(open), amounts(won));
        });
    }

    private static List<Views.Amounts> amounts(Map<String, BigDecimal[]> byCurrency) {
        return byCurrency.entrySet().stream()
                .map(entry -> new Views.Amounts(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    }

    /** For activities on a deal: the deal must be one the caller may see, else it is not there (404). */
    public void requireVisible(EntityManager em, String id) {
        visible(em, id, false);
    }

    /** A deal the caller may see (and, for {@code forUpdate}, change, locked); others' deals are not there. */
    private DealEntity visible(EntityManager em, String id, boolean forUpdate) {
        DealEntity deal = id == null ? null : forUpdate ? em.find(DealEntity.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(DealEntity.class, id);
        TenantContext caller = store.caller();
        if (deal == null || !caller.hasPermission(CrmPermissions.DEALS_READ_ALL) && !caller.userId().equals(deal.ownerId())) {
            throw new NotFound("deal", id);
        }
        return deal;
    }

    /** A stage of {@code pipelineId}; a stage of another pipeline (or none) is a 422 on {@code field}. */
    private static StageEntity stageOf(EntityManager em, String pipelineId, String stageId, String field) {
        StageEntity stage = em.find(StageEntity.class, stageId);
        if (stage == null) {
            throw new ValidationFailed(field, "crm.unknown-stage");
        }
        if (!stage.pipelineId().equals(pipelineId)) {
            throw new ValidationFailed(field, "crm.stage-other-pipeline");
        }
        return stage;
    }

    private static void checkParties(EntityManager em, DealRequest.Valid valid) {
        List<FieldError> errors = new ArrayList<>();
        if (valid.contactId() != null && em.find(ContactEntity.class, valid.contactId()) == null) {
            errors.add(FieldError.of("contactId", "crm.unknown-contact"));
        }
        if (valid.companyId() != null && em.find(CompanyEntity.class, valid.companyId()) == null) {
            errors.add(FieldError.of("companyId", "crm.unknown-company"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
