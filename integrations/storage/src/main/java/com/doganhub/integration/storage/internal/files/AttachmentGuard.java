package com.doganhub.integration.storage.internal.files;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.doganhub.integration.api.storage.AttachmentPolicy;

/**
 * The modules' {@link AttachmentPolicy} services by the entity types they own, followed as modules come and go.
 * Whenever a policy owns a file's type, the policy decides, whatever the file's history. A namespaced type
 * ({@code crm.deal}: it has a dot) belongs to a module: while no policy owns it (the module away, restarting, not yet
 * up) its files are shown to nobody and nothing can be attached to it, so nothing slips past the module's rules. A
 * file attached under a policy ("guarded") is hidden the same way.
 */
@Component(service = AttachmentGuard.class)
public class AttachmentGuard {

    private final Map<String, AttachmentPolicy> byType = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPolicy(AttachmentPolicy policy, Map<String, Object> properties) {
        types(properties).forEach(type -> byType.put(type, policy));
    }

    void removePolicy(AttachmentPolicy policy, Map<String, Object> properties) {
        types(properties).forEach(type -> byType.remove(type, policy));
    }

    /** Whether a module owns {@code entityType}, so that files attached to it follow its rules. */
    boolean owned(String entityType) {
        return entityType != null && byType.containsKey(entityType);
    }

    boolean mayRead(FileEntity file) {
        AttachmentPolicy policy = file.entityType() == null ? null : byType.get(file.entityType());
        if (policy != null) {
            return policy.mayRead(file.entityType(), file.entityId());
        }
        return !file.guarded() && !namespaced(file.entityType());
    }

    boolean mayWrite(FileEntity file) {
        if (file.entityType() == null) {
            return true;
        }
        return byType.containsKey(file.entityType()) || file.guarded() || namespaced(file.entityType())
                ? mayAttach(file.entityType(), file.entityId()) : true;
    }

    boolean mayAttach(String entityType, String entityId) {
        AttachmentPolicy policy = entityType == null ? null : byType.get(entityType);
        return policy == null ? !namespaced(entityType) : entityId != null && policy.mayWrite(entityType, entityId);
    }

    /** A module's type: {@code <module>.<record>}. */
    static boolean namespaced(String entityType) {
        return entityType != null && entityType.indexOf('.') > 0;
    }

    private static java.util.List<String> types(Map<String, Object> properties) {
        Object value = properties.get(AttachmentPolicy.ENTITY_TYPES);
        if (value instanceof String[] many) {
            return java.util.List.of(many);
        }
        if (value instanceof java.util.Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return value == null ? java.util.List.of() : java.util.List.of(String.valueOf(value));
    }
}
