package com.doganhub.platform.audit.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.MDC;

import com.doganhub.platform.api.LogContext;
import com.doganhub.platform.api.SecretMask;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes audit entries through {@link TenantJpa}, joining the caller's transaction: the entry commits or rolls back
 * with the change it describes.
 */
@Component(service = AuditLog.class)
public class JpaAuditLog implements AuditLog {

    static final String UNIT_FILTER = "(osgi.unit.name=doganhub-audit)";

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public JpaAuditLog(@Reference(target = UNIT_FILTER) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-platform-audit)") SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
    }

    @Override
    public void record(AuditEvent event) {
        TenantContext caller = tenantScope.require();
        AuditEntryEntity entry = new AuditEntryEntity(UUID.randomUUID().toString(),
                LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), caller.userId(), event.entityType(),
                event.entityId(), event.action(), changesJson(event), shortened(MDC.get(LogContext.REQUEST_ID)),
                shortened(MDC.get(LogContext.CLIENT_ADDRESS)));
        tenantJpa.inTransaction(jpa, em -> {
            em.persist(entry);
            return entry;
        });
    }

    private String changesJson(AuditEvent event) {
        if (event.changes().isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(masked(event.changes()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("audit changes are plain strings", impossible);
        }
    }

    /** Secret-looking fields keep the fact that they changed, never their value; passwords show nothing at all. */
    static Map<String, AuditEvent.FieldChange> masked(Map<String, AuditEvent.FieldChange> changes) {
        Map<String, AuditEvent.FieldChange> shown = new LinkedHashMap<>();
        changes.forEach((field, change) -> {
            if (!SecretMask.isSecretName(field)) {
                shown.put(field, change);
            } else if (field.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                shown.put(field, new AuditEvent.FieldChange(hidden(change.before()), hidden(change.after())));
            } else {
                shown.put(field, new AuditEvent.FieldChange(SecretMask.mask(change.before()), SecretMask.mask(change.after())));
            }
        });
        return shown;
    }

    private static String hidden(String value) {
        return value == null ? null : SecretMask.HIDDEN;
    }

    private static String shortened(String value) {
        return value == null || value.length() <= 64 ? value : value.substring(0, 64);
    }
}
