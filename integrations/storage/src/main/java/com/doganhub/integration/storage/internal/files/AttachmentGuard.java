package com.doganhub.integration.storage.internal.files;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import com.doganhub.integration.api.storage.AttachmentPolicy;

/**
 * The modules' {@link AttachmentPolicy} services by the entity types they own, followed as modules come and go. A
 * file attached under a policy is "guarded": without its policy (the module uninstalled) nobody sees it, rather than
 * everybody.
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
        if (!file.guarded()) {
            return true;
        }
        AttachmentPolicy policy = byType.get(file.entityType());
        return policy != null && policy.mayRead(file.entityType(), file.entityId());
    }

    boolean mayWrite(FileEntity file) {
        if (!file.guarded()) {
            return true;
        }
        return mayAttach(file.entityType(), file.entityId());
    }

    boolean mayAttach(String entityType, String entityId) {
        AttachmentPolicy policy = entityType == null ? null : byType.get(entityType);
        return policy == null ? !owned(entityType) : entityId != null && policy.mayWrite(entityType, entityId);
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
