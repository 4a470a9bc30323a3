package com.doganhub.platform.identity.internal.roles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.LocalizedText;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.modules.TenantModules;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;
import com.doganhub.platform.identity.internal.FieldChecks;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.UniqueViolation;
import com.doganhub.platform.identity.internal.UtcTime;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * The roles of the current tenant, built-in and custom, and the permissions they grant. Grants are always
 * intersected with what {@link PermissionRegistry} says exists now.
 */
@Component(service = RoleCatalog.class)
public class RoleCatalog {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,62}[a-z0-9]");

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final PermissionRegistry registry;
    private final AuditLog audit;

    @Activate
    public RoleCatalog(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference PermissionRegistry registry, @Reference AuditLog audit,
            @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.registry = registry;
        this.audit = audit;
    }

    /** What {@code roleKeys} grant in the current tenant. Unknown keys (a deleted custom role) grant nothing. */
    public Set<String> permissionsOf(List<String> roleKeys, boolean operatorTenant) {
        List<String> custom = roleKeys.stream().filter(key -> BuiltInRole.of(key).isEmpty()).toList();
        return grants(roleKeys, custom.isEmpty() || operatorTenant ? List.of() : customRoles(custom), operatorTenant);
    }

    /** What the built-in roles among {@code roleKeys} and the given custom roles grant, out of what exists now. */
    private Set<String> grants(List<String> roleKeys, List<RoleEntity> customRoles, boolean operatorTenant) {
        Set<String> defined = registry.ids();
        Set<String> granted = new TreeSet<>();
        for (String key : roleKeys) {
            BuiltInRole.of(key).filter(role -> role.availableIn(operatorTenant))
                    .ifPresent(role -> granted.addAll(role.grants(defined)));
        }
        if (!operatorTenant) {
            for (RoleEntity role : customRoles) {
                role.permissions().stream().filter(defined::contains)
                        .filter(permission -> !permission.startsWith(RequiresPermission.OPERATOR_PREFIX))
                        .forEach(granted::add);
            }
        }
        return granted;
    }

    public List<RoleView> list(boolean operatorTenant) {
        Set<String> defined = registry.ids();
        List<RoleView> roles = new ArrayList<>();
        for (BuiltInRole role : BuiltInRole.values()) {
            if (role.availableIn(operatorTenant)) {
                roles.add(new RoleView(role.key(), role.displayName(), true, role.grants(defined)));
            }
        }
        if (!operatorTenant) {
            tenantJpa.inTransaction(jpa, em -> em.createQuery("select r from RoleEntity r order by r.key", RoleEntity.class)
                    .getResultList()).forEach(role -> roles.add(RoleView.of(role, defined)));
        }
        return roles;
    }

    public RoleView create(RoleRequest request) {
        TenantContext caller = tenantScope.require();
        FieldChecks checks = new FieldChecks();
        String key = key(checks, request.key());
        Definition definition = definition(checks, request);
        checks.throwIfAny();
        requireWithin(caller, definition.permissions());
        RoleEntity role = new RoleEntity(UUID.randomUUID().toString(), key, UtcTime.now());
        role.define(definition.name().ar(), definition.name().en(), definition.permissions(), UtcTime.now());
        try {
            tenantJpa.inTransaction(jpa, em -> {
                boolean taken = !em.createQuery("select r.id from RoleEntity r where r.key = :key", String.class)
                        .setParameter("key", key).getResultList().isEmpty();
                if (taken) {
                    throw new Conflict("role.key-taken", key);
                }
                em.persist(role);
                em.flush();
                audit.record(AuditEvent.of("role", key, "create").with("nameEn", null, role.nameEn())
                        .with("permissions", null, String.join(",", role.permissions())));
                return role;
            });
        } catch (RuntimeException failed) {
            if (UniqueViolation.in(failed)) {
                throw new Conflict("role.key-taken", key);
            }
            throw failed;
        }
        return RoleView.of(role, registry.ids());
    }

    public RoleView update(String key, RoleRequest request) {
        TenantContext caller = tenantScope.require();
        if (request.key() != null && !request.key().strip().equals(key)) {
            throw new ValidationFailed("key", "role.key-immutable");
        }
        FieldChecks checks = new FieldChecks();
        Definition definition = definition(checks, request);
        checks.throwIfAny();
        requireWithin(caller, definition.permissions());
        RoleEntity role = tenantJpa.inTransaction(jpa, em -> {
            RoleEntity found = customRoles(List.of(key)).stream().findFirst()
                    .orElseThrow(() -> new NotFound("role", key));
            String before = String.join(",", found.permissions());
            found.define(definition.name().ar(), definition.name().en(), definition.permissions(), UtcTime.now());
            audit.record(AuditEvent.of("role", key, "update").with("permissions", before,
                    String.join(",", found.permissions())));
            return found;
        });
        return RoleView.of(role, registry.ids());
    }

    /** Deletes a custom role; refused while a user holds it, so nobody loses access by surprise. */
    public void delete(String key) {
        if (BuiltInRole.of(key).isPresent()) {
            throw new Conflict("role.built-in", key);
        }
        tenantJpa.inTransaction(jpa, em -> {
            RoleEntity found = customRoles(List.of(key)).stream().findFirst()
                    .orElseThrow(() -> new NotFound("role", key));
            long holders = em.createQuery("select count(u) from UserEntity u where concat(',', u.roles, ',') like :pattern",
                    Long.class).setParameter("pattern", "%," + key + ",%").getSingleResult();
            if (holders > 0) {
                throw new Conflict("role.in-use", key, holders);
            }
            em.remove(found);
            audit.record(AuditEvent.of("role", key, "delete"));
            return null;
        });
    }

    /**
     * Checks role keys a caller wants to give a user: each must exist in this tenant, and together they may not
     * grant anything the caller does not hold (no one hands out more than they have).
     */
    public List<String> requireAssignable(String field, List<String> keys, boolean operatorTenant) {
        TenantContext caller = tenantScope.require();
        Set<String> unique = new LinkedHashSet<>();
        List<String> custom = new ArrayList<>();
        for (String raw : keys) {
            String key = raw == null ? "" : raw.strip();
            BuiltInRole builtIn = BuiltInRole.of(key).orElse(null);
            if (builtIn != null && !builtIn.availableIn(operatorTenant)) {
                throw new ValidationFailed(field, "role.unknown", key);
            }
            if (builtIn == null) {
                custom.add(key);
            }
            unique.add(key);
        }
        List<RoleEntity> found = custom.isEmpty() ? List.of() : customRoles(custom);
        Set<String> existing = new TreeSet<>();
        found.forEach(role -> existing.add(role.key()));
        for (String key : custom) {
            if (!existing.contains(key)) {
                throw new ValidationFailed(field, "role.unknown", key);
            }
        }
        List<String> assigned = List.copyOf(unique);
        requireWithin(heldByRoles(caller), caller, grants(assigned, found, operatorTenant));
        return assigned;
    }

    /** Leaves out permissions of modules the tenant does not use (turned off, or not in its license). */
    public static Set<String> inEffect(String tenantId, Set<String> permissions, TenantModules modules) {
        if (modules == null) {
            return permissions;
        }
        java.util.Map<String, Boolean> enabled = new java.util.HashMap<>(); // each module asked once
        return permissions.stream().filter(permission -> modules.moduleOf(permission)
                .map(module -> enabled.computeIfAbsent(module, id -> modules.enabled(tenantId, id))).orElse(true))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static void requireWithin(TenantContext caller, Set<String> permissions) {
        requireWithin(caller.permissions(), caller, permissions);
    }

    private static void requireWithin(Set<String> held, TenantContext caller, Set<String> permissions) {
        if (IdentityUnit.SYSTEM_USER.equals(caller.userId())) {
            return; // the platform itself (bootstrap, shell) sets up the first owners
        }
        for (String permission : permissions) {
            if (!held.contains(permission)) {
                throw new RoleEscalation(permission);
            }
        }
    }

    /**
     * What the caller's own roles grant, modules turned off or unlicensed for the tenant included. Giving or changing
     * a role is compared against this, not against the permissions in effect: an owner may give {@code viewer} while
     * ZATCA is off, and nobody gives a role that would carry more than their own once every module is on again.
     */
    public Set<String> heldByRoles(TenantContext caller) {
        if (IdentityUnit.SYSTEM_USER.equals(caller.userId())) {
            return caller.permissions();
        }
        com.doganhub.platform.identity.internal.users.UserEntity self = tenantJpa.inTransaction(jpa,
                em -> em.find(com.doganhub.platform.identity.internal.users.UserEntity.class, caller.userId()));
        return self == null ? caller.permissions() : permissionsOf(self.roles(), caller.isPlatformOperator());
    }

    private List<RoleEntity> customRoles(List<String> keys) {
        return tenantJpa.inTransaction(jpa, em -> em.createQuery("select r from RoleEntity r where r.key in :keys",
                RoleEntity.class).setParameter("keys", keys).getResultList());
    }

    private static String key(FieldChecks checks, String raw) {
        String key = raw == null ? null : raw.strip();
        if (key == null || key.isEmpty()) {
            checks.fail("key", "required");
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            checks.fail("key", "role.key-format");
            return null;
        }
        if (BuiltInRole.of(key).isPresent()) {
            checks.fail("key", "role.key-reserved", key);
            return null;
        }
        return key;
    }

    private Definition definition(FieldChecks checks, RoleRequest request) {
        String arabic = checks.text("nameAr", request.nameAr(), 200);
        String english = checks.text("nameEn", request.nameEn(), 200);
        Set<String> defined = registry.ids();
        Set<String> permissions = new TreeSet<>();
        List<String> requested = request.permissions() == null ? List.of() : request.permissions();
        for (int i = 0; i < requested.size(); i++) {
            String permission = requested.get(i) == null ? "" : requested.get(i).strip();
            if (!defined.contains(permission) || permission.startsWith(RequiresPermission.OPERATOR_PREFIX)) {
                checks.fail("permissions[" + i + "]", "permission.unknown", permission);
            } else {
                permissions.add(permission);
            }
        }
        return new Definition(new LocalizedText(arabic == null ? "" : arabic, english == null ? "" : english), permissions);
    }

    private record Definition(LocalizedText name, Set<String> permissions) {
    }

    /** The caller tried to grant a permission they do not hold. */
    static final class RoleEscalation extends Forbidden {
        private static final long serialVersionUID = 1L;

        RoleEscalation(String permission) {
            super("role.escalation", permission, permission);
        }
    }
}
