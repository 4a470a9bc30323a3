package ${package}.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.api.ItemSummary;
import ${package}.api.Items;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * The calling tenant's items, through {@link TenantJpa}: another tenant's item is simply not there. Waits for the
 * module's schema ({@link SchemaReady}) before it runs, so its endpoints appear once the tables exist.
 */
@Component(service = { ItemStore.class, Items.class })
public class ItemStore implements Items {

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final AuditLog audit;

    @Activate
    public ItemStore(@Reference(target = "(osgi.unit.name=${rootArtifactId})") JpaTemplate jpa,
            @Reference TenantJpa tenantJpa, @Reference AuditLog audit,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=${rootArtifactId}-impl)") SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.audit = audit;
    }

    ItemEntity create(ItemRequest request) {
        ItemRequest valid = request.validate();
        ItemEntity item = new ItemEntity(UUID.randomUUID().toString(), valid.name(), valid.quantity(),
                LocalDateTime.now(ZoneOffset.UTC).withNano(0));
        return tenantJpa.inTransaction(jpa, em -> {
            em.persist(item);
            audit.record(AuditEvent.of("${moduleId}-item", item.id(), "create").with("name", null, item.name()));
            return item;
        });
    }

    List<ItemEntity> list(String after, int limit) {
        return tenantJpa.inTransaction(jpa, em -> em.createQuery(
                "select i from ItemEntity i where i.id > :after order by i.id", ItemEntity.class)
                .setParameter("after", after == null ? "" : after).setMaxResults(limit + 1).getResultList());
    }

    ItemEntity find(String id) {
        return tenantJpa.inTransaction(jpa, em -> Optional.ofNullable(em.find(ItemEntity.class, id)))
                .orElseThrow(() -> new NotFound("${moduleId}-item", id));
    }

    void delete(String id) {
        tenantJpa.inTransaction(jpa, em -> {
            ItemEntity item = em.find(ItemEntity.class, id);
            if (item == null) {
                throw new NotFound("${moduleId}-item", id);
            }
            em.remove(item);
            audit.record(AuditEvent.of("${moduleId}-item", id, "delete").with("name", item.name(), null));
            return null;
        });
    }

    @Override
    public Optional<ItemSummary> item(String id) {
        return tenantJpa.inTransaction(jpa, em -> Optional.ofNullable(em.find(ItemEntity.class, id))
                .map(item -> new ItemSummary(item.id(), item.name(), item.quantity())));
    }
}
