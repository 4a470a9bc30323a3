package com.doganhub.platform.identity.internal.users;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.platform.api.Page;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.licensing.Entitlements;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.identity.internal.FieldChecks;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.UniqueViolation;
import com.doganhub.platform.identity.internal.UtcTime;
import com.doganhub.platform.identity.internal.auth.ActionTokens;
import com.doganhub.platform.identity.internal.auth.RefreshTokens;
import com.doganhub.platform.identity.internal.mail.AccountMail;
import com.doganhub.platform.identity.internal.roles.BuiltInRole;
import com.doganhub.platform.identity.internal.roles.RoleCatalog;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * The users of the bound tenant. Every write is audited in the same transaction; a tenant always keeps at least
 * one active owner. Nobody changes a user who holds permissions they lack, and only an owner gives or takes the
 * owner role, so an administrator cannot promote themselves past the owners or remove them.
 */
@Component(service = UserDirectory.class)
public class UserDirectory {

    static final String OWNER = BuiltInRole.OWNER.key();

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final PasswordHasher hasher;
    private final RoleCatalog roles;
    private final ActionTokens actionTokens;
    private final RefreshTokens refreshTokens;
    private final AccountMail mail;
    private final AuditLog audit;

    /** Present while billing runs: a licensed tenant's seats bound its active users. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Entitlements entitlements;

    @Activate
    public UserDirectory(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference PasswordHasher hasher, @Reference RoleCatalog roles,
            @Reference ActionTokens actionTokens, @Reference RefreshTokens refreshTokens, @Reference AccountMail mail,
            @Reference AuditLog audit, @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.hasher = hasher;
        this.roles = roles;
        this.actionTokens = actionTokens;
        this.refreshTokens = refreshTokens;
        this.mail = mail;
        this.audit = audit;
    }

    /** Checks the fields of a new user, adding errors to {@code checks} under {@code prefix} ({@code owner.}). */
    public NewUser checkNewUser(FieldChecks checks, String prefix, String email, String name, String password,
            String fallbackLocale) {
        String address = checks.email(prefix + "email", email, true);
        String display = checks.optionalText(prefix + "name", name, 200);
        String checked = password == null ? null
                : checks.parse(() -> PasswordPolicy.check(prefix + "password", password, address));
        return new NewUser(address, display, checked, fallbackLocale, List.of());
    }

    /** {@code POST /api/v1/users}: roles default to {@code viewer}; nobody grants more than they hold. */
    public UserView create(UserRequests.Create request) {
        boolean operatorTenant = tenantScope.require().isPlatformOperator();
        FieldChecks checks = new FieldChecks();
        String locale = checks.locale("locale", request.locale(), tenantScope.require().locale().getLanguage());
        NewUser user = checkNewUser(checks, "", request.email(), request.name(), request.password(), locale);
        checks.throwIfAny();
        List<String> requested = request.roles() == null || request.roles().isEmpty()
                ? List.of(operatorTenant ? BuiltInRole.OPERATOR.key() : BuiltInRole.VIEWER.key()) : request.roles();
        requireOwnerToGiveOwner(requested);
        List<String> assigned = roles.requireAssignable("roles", requested, operatorTenant);
        return create(user.withRoles(assigned), true);
    }

    /**
     * Creates a checked user in the bound tenant, in the caller's transaction if there is one. With
     * {@code welcomeMail} the user gets a verification link (password given) or an invitation (no password);
     * without it (first-start accounts, the shell) the address counts as verified by the operator.
     */
    public UserView create(NewUser request, boolean welcomeMail) {
        UserEntity user = new UserEntity(UUID.randomUUID().toString(), request.email(), request.name(),
                request.locale(), request.roles(), UtcTime.now());
        if (request.password() != null) {
            user.passwordHash(hasher.hash(request.password()), UtcTime.now());
        }
        if (!welcomeMail) {
            user.emailVerified(UtcTime.now());
        }
        try {
            tenantJpa.inTransaction(jpa, em -> {
                if (byEmail(em, request.email()).isPresent()) {
                    throw new Conflict("user.email-taken", request.email());
                }
                requireSeat(em, tenantScope.require().tenantId());
                em.persist(user);
                em.flush();
                audit.record(AuditEvent.of("user", user.id(), "create").with("email", null, user.email())
                        .with("name", null, user.name()).with("roles", null, String.join(",", user.roles()))
                        .with("password", null, request.password() == null ? null : "set"));
                if (!welcomeMail) {
                    return user;
                }
                if (request.password() != null) {
                    mail.verifyEmail(user, actionTokens.issue(user.id(), ActionTokens.Purpose.EMAIL_VERIFICATION));
                } else {
                    mail.invite(user, actionTokens.issue(user.id(), ActionTokens.Purpose.INVITATION));
                }
                return user;
            });
        } catch (RuntimeException failed) {
            if (UniqueViolation.in(failed)) {
                throw new Conflict("user.email-taken", request.email());
            }
            throw failed;
        }
        return UserView.of(user);
    }

    public Page<UserView> list(int limit, String cursor) {
        List<UserEntity> rows = tenantJpa.inTransaction(jpa, em -> {
            TypedQuery<UserEntity> query = cursor == null || cursor.isBlank()
                    ? em.createQuery("select u from UserEntity u order by u.email", UserEntity.class)
                    : em.createQuery("select u from UserEntity u where u.email > :cursor order by u.email", UserEntity.class)
                            .setParameter("cursor", cursor.strip());
            return query.setMaxResults(limit + 1).getResultList();
        });
        return Page.of(rows, limit, UserView::of, UserEntity::email);
    }

    public UserView get(String id) {
        return UserView.of(find(id));
    }

    public Optional<UserEntity> byId(String id) {
        return Optional.ofNullable(tenantJpa.inTransaction(jpa, em -> em.find(UserEntity.class, id)));
    }

    public Optional<UserEntity> byEmail(String email) {
        return tenantJpa.inTransaction(jpa, em -> byEmail(em, email));
    }

    public UserView update(String id, UserRequests.Patch patch) {
        TenantContext caller = tenantScope.require();
        FieldChecks checks = new FieldChecks();
        String name = patch.name() == null ? null : checks.optionalText("name", patch.name(), 200);
        String locale = patch.locale() == null ? null : checks.locale("locale", patch.locale(), null);
        String status = patch.status() == null ? null : status(checks, patch.status());
        checks.throwIfAny();
        if (patch.roles() != null) {
            requireOwnerToGiveOwner(patch.roles());
        }
        List<String> assigned = patch.roles() == null ? null
                : roles.requireAssignable("roles", patch.roles(), caller.isPlatformOperator());
        UserEntity user = tenantJpa.inTransaction(jpa, em -> {
            UserEntity found = em.find(UserEntity.class, id);
            if (found == null) {
                throw new NotFound("user", id);
            }
            requireOutranks(caller, found);
            boolean ownerRoleChanges = assigned != null && assigned.contains(OWNER) != found.roles().contains(OWNER);
            if (ownerRoleChanges) {
                requireOwner(em, caller, "role.owner-only");
            } else if (found.roles().contains(OWNER) && !found.id().equals(caller.userId())) {
                requireOwner(em, caller, "user.outranks"); // owners are managed by owners, whatever an admin holds
            }
            boolean losesOwner = found.roles().contains(OWNER) && found.isActive()
                    && (assigned != null && !assigned.contains(OWNER) || UserEntity.DISABLED.equals(status));
            if (losesOwner && activeOwners(em) <= 1) {
                throw new Conflict("user.last-owner");
            }
            if (UserEntity.DISABLED.equals(status) && found.id().equals(caller.userId())) {
                throw new Conflict("user.self-disable");
            }
            if (UserEntity.ACTIVE.equals(status) && !found.isActive()) {
                requireSeat(em, caller.tenantId()); // re-enabling a user takes a seat again
            }
            AuditEvent event = AuditEvent.of("user", id, "update")
                    .with("name", found.name(), name == null ? found.name() : name)
                    .with("locale", found.locale(), locale == null ? found.locale() : locale)
                    .with("status", found.status(), status == null ? found.status() : status)
                    .with("roles", String.join(",", found.roles()), assigned == null ? String.join(",", found.roles())
                            : String.join(",", assigned));
            if (name != null) {
                found.name(name, UtcTime.now());
            }
            if (locale != null) {
                found.locale(locale, UtcTime.now());
            }
            if (status != null) {
                found.status(status, UtcTime.now());
                if (UserEntity.DISABLED.equals(status)) {
                    refreshTokens.revokeAllOf(found.id());
                }
            }
            if (assigned != null) {
                found.roles(assigned, UtcTime.now());
            }
            audit.record(event);
            return found;
        });
        return UserView.of(user);
    }

    public void delete(String id) {
        TenantContext caller = tenantScope.require();
        if (id.equals(caller.userId())) {
            throw new Conflict("user.self-delete");
        }
        tenantJpa.inTransaction(jpa, em -> {
            UserEntity found = em.find(UserEntity.class, id);
            if (found == null) {
                throw new NotFound("user", id);
            }
            requireOutranks(caller, found);
            if (found.roles().contains(OWNER)) {
                requireOwner(em, caller, "user.outranks");
            }
            if (found.roles().contains(OWNER) && found.isActive() && activeOwners(em) <= 1) {
                throw new Conflict("user.last-owner");
            }
            refreshTokens.revokeAllOf(found.id());
            em.remove(found);
            audit.record(AuditEvent.of("user", id, "delete").with("email", found.email(), null));
            return null;
        });
    }

    /** Sets a new password (already checked against the policy) and signs the user out everywhere. */
    public void setPassword(String userId, String password, String action) {
        String hash = hasher.hash(password);
        tenantJpa.inTransaction(jpa, em -> {
            UserEntity found = em.find(UserEntity.class, userId);
            if (found == null) {
                throw new NotFound("user", userId);
            }
            found.passwordHash(hash, UtcTime.now());
            if (!found.emailVerified()) {
                found.emailVerified(UtcTime.now()); // the link reached the mailbox, which proves it
            }
            refreshTokens.revokeAllOf(userId);
            audit.record(AuditEvent.of("user", userId, action).with("password", "set", "changed"));
            return found;
        });
    }

    public void markEmailVerified(String userId) {
        tenantJpa.inTransaction(jpa, em -> {
            UserEntity found = em.find(UserEntity.class, userId);
            if (found == null) {
                throw new NotFound("user", userId);
            }
            if (!found.emailVerified()) {
                found.emailVerified(UtcTime.now());
                audit.record(AuditEvent.of("user", userId, "verify-email").with("emailVerified", "false", "true"));
            }
            return found;
        });
    }

    /**
     * Only an owner gives the owner role: checked before the permissions it carries, so an administrator reaching for
     * it hears that (403 {@code role.owner-only}), not that some module's permission is beyond them.
     */
    private void requireOwnerToGiveOwner(List<String> requested) {
        if (requested.stream().anyMatch(role -> role != null && OWNER.equals(role.strip()))) {
            tenantJpa.inTransaction(jpa, em -> {
                requireOwner(em, tenantScope.require(), "role.owner-only");
                return null;
            });
        }
    }

    /** Refuses one more active user when the tenant's license has no seat left. */
    private void requireSeat(EntityManager em, String tenantId) {
        Entitlements licensing = entitlements;
        if (licensing != null) {
            long active = em.createQuery("select count(u) from UserEntity u where u.status = :active", Long.class)
                    .setParameter("active", UserEntity.ACTIVE).getSingleResult();
            licensing.requireSeat(tenantId, active + 1);
        }
    }

    /**
     * The active owners, locked ({@code FOR UPDATE}) until the transaction ends: two requests demoting the last two
     * owners at once are serialised, and the second sees one owner left.
     */
    private long activeOwners(EntityManager em) {
        return em.createQuery("select u from UserEntity u where u.status = :active "
                + "and concat(',', u.roles, ',') like :pattern", UserEntity.class)
                .setParameter("active", UserEntity.ACTIVE).setParameter("pattern", "%," + OWNER + ",%")
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }

    /** The caller must hold every permission {@code target} holds (the platform itself always does). */
    private void requireOutranks(TenantContext caller, UserEntity target) {
        if (IdentityUnit.SYSTEM_USER.equals(caller.userId()) || target.id().equals(caller.userId())) {
            return;
        }
        if (!roles.heldByRoles(caller).containsAll(roles.permissionsOf(target.roles(), caller.isPlatformOperator()))) {
            throw new UserRefused("user.outranks");
        }
    }

    private static void requireOwner(EntityManager em, TenantContext caller, String refusal) {
        if (IdentityUnit.SYSTEM_USER.equals(caller.userId())) {
            return;
        }
        UserEntity self = em.find(UserEntity.class, caller.userId());
        if (self == null || !self.roles().contains(OWNER)) {
            throw new UserRefused(refusal);
        }
    }

    /** A change the caller's rank does not allow; 403 with the reason. */
    static final class UserRefused extends Forbidden {
        private static final long serialVersionUID = 1L;

        UserRefused(String code) {
            super(code, null);
        }
    }

    private UserEntity find(String id) {
        return byId(id).orElseThrow(() -> new NotFound("user", id));
    }

    private static Optional<UserEntity> byEmail(EntityManager em, String email) {
        return em.createQuery("select u from UserEntity u where u.email = :email", UserEntity.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultList().stream().findFirst();
    }

    private static String status(FieldChecks checks, String raw) {
        String value = raw.strip();
        if (!value.equals(UserEntity.ACTIVE) && !value.equals(UserEntity.DISABLED)) {
            checks.fail("status", "user.status.invalid");
            return null;
        }
        return value;
    }
}
