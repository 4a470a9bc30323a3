package com.doganhub.crm.internal.deals;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.crm.internal.CrmStore;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.NotFound;

/**
 * The calling tenant's pipelines. The default one (lead, qualified, proposal, negotiation, won, lost) is created on
 * first use under an id derived from the tenant, so two first requests at once create it once.
 */
@Component(service = Pipelines.class)
public class Pipelines {

    private final CrmStore store;
    private final AuditLog audit;

    @Activate
    public Pipelines(@Reference CrmStore store, @Reference AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    public List<Views.PipelineView> list() {
        ensureDefault();
        return store.inTransaction(em -> em.createQuery("select p from PipelineEntity p order by p.createdAt, p.id",
                PipelineEntity.class).getResultList().stream().map(pipeline -> view(em, pipeline)).toList());
    }

    public Views.PipelineView create(PipelineRequest request) {
        request.validate();
        return store.inTransaction(em -> {
            PipelineEntity pipeline = new PipelineEntity(UUID.randomUUID().toString(), trim(request.nameAr()),
                    trim(request.nameEn()), false, store.now());
            em.persist(pipeline);
            for (int i = 0; i < request.stages().size(); i++) {
                PipelineRequest.Stage stage = request.stages().get(i);
                em.persist(new StageEntity(UUID.randomUUID().toString(), pipeline.id(), trim(stage.nameAr()),
                        trim(stage.nameEn()), i + 1, stage.probability(), Boolean.TRUE.equals(stage.won()),
                        Boolean.TRUE.equals(stage.lost())));
            }
            em.flush();
            audit.record(AuditEvent.of("pipeline", pipeline.id(), "create").with("stages", null, request.stages().size()));
            return view(em, pipeline);
        });
    }

    /** The default pipeline's id for the calling tenant. */
    public String defaultId() {
        ensureDefault();
        return defaultPipelineId();
    }

    PipelineEntity find(EntityManager em, String id) {
        PipelineEntity pipeline = id == null ? null : em.find(PipelineEntity.class, id);
        if (pipeline == null) {
            throw new NotFound("pipeline", id);
        }
        return pipeline;
    }

    static List<StageEntity> stages(EntityManager em, String pipelineId) {
        return em.createQuery("select s from StageEntity s where s.pipelineId = :p order by s.position",
                StageEntity.class).setParameter("p", pipelineId).getResultList();
    }

    Views.PipelineView view(EntityManager em, PipelineEntity pipeline) {
        return new Views.PipelineView(pipeline.id(), pipeline.nameAr(), pipeline.nameEn(), pipeline.isDefault(),
                stages(em, pipeline.id()).stream().sorted(Comparator.comparingInt(StageEntity::position))
                        .map(Views.StageView::of).toList());
    }

    private String defaultPipelineId() {
        return "default-" + store.caller().tenantId(); // tenant ids are URL-safe, so are these
    }

    private void ensureDefault() {
        String id = defaultPipelineId();
        if (store.inTransaction(em -> em.find(PipelineEntity.class, id)) != null) {
            return;
        }
        try {
            store.inTransaction(em -> {
                em.persist(new PipelineEntity(id, "المبيعات", "Sales", true, store.now()));
                String[][] stages = {
                    {"عميل محتمل", "Lead", "10", "", ""},
                    {"مؤهل", "Qualified", "25", "", ""},
                    {"عرض سعر", "Proposal", "50", "", ""},
                    {"تفاوض", "Negotiation", "75", "", ""},
                    {"مكسوبة", "Won", "100", "won", ""},
                    {"خاسرة", "Lost", "0", "", "lost"}};
                for (int i = 0; i < stages.length; i++) {
                    em.persist(new StageEntity(id + "-" + (i + 1), id, stages[i][0], stages[i][1], i + 1,
                            Integer.parseInt(stages[i][2]), !stages[i][3].isEmpty(), !stages[i][4].isEmpty()));
                }
                return null;
            });
        } catch (RuntimeException concurrentFirstUse) {
            // another first request created it: it is there now
            if (store.inTransaction(em -> em.find(PipelineEntity.class, id)) == null) {
                throw concurrentFirstUse;
            }
        }
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
