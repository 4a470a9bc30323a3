package com.doganhub.platform.identity.internal.auth;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.identity.internal.IdentitySettings;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.UtcTime;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * Single-use expiring tokens for emailed links. Issuing one supersedes the user's earlier unused tokens of the same
 * purpose; using one is a conditional update, so a token works exactly once even when clicked twice at once.
 */
@Component(service = ActionTokens.class, configurationPid = IdentitySettings.PID)
public class ActionTokens {

    /** What a token may be used for. */
    public enum Purpose {
        PASSWORD_RESET, EMAIL_VERIFICATION, INVITATION
    }

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final IdentitySettings settings;

    @Activate
    public ActionTokens(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema,
            IdentitySettings settings) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.settings = settings;
    }

    public Duration lifetime(Purpose purpose) {
        return switch (purpose) {
            case PASSWORD_RESET -> Duration.ofMinutes(settings.password_reset_ttl_minutes());
            case EMAIL_VERIFICATION -> Duration.ofHours(settings.email_verification_ttl_hours());
            case INVITATION -> Duration.ofDays(settings.invitation_ttl_days());
        };
    }

    /** Marks every unused token of {@code userId} for {@code purposes} as used (a new password ends old links). */
    public void supersede(String userId, Set<Purpose> purposes) {
        LocalDateTime now = UtcTime.now();
        tenantJpa.inTransaction(jpa, em -> em.createQuery("update ActionTokenEntity t set t.usedAt = :now "
                + "where t.userId = :user and t.purpose in :purposes and t.usedAt is null")
                .setParameter("now", now).setParameter("user", userId)
                .setParameter("purposes", purposes.stream().map(Purpose::name).toList()).executeUpdate());
    }

    /** Issues a token for {@code userId} in the bound tenant. */
    public String issue(String userId, Purpose purpose) {
        String token = SecureTokens.generate(tenantScope.require().tenantId());
        LocalDateTime now = UtcTime.now();
        ActionTokenEntity row = new ActionTokenEntity(UUID.randomUUID().toString(), userId, purpose,
                SecureTokens.hash(token), now, now.plus(lifetime(purpose)));
        tenantJpa.inTransaction(jpa, em -> {
            supersede(userId, Set.of(purpose));
            em.persist(row);
            return row;
        });
        return token;
    }

    /**
     * Checks {@code token} without using it, so that the rest of the request can be validated before the token is
     * spent (a rejected new password must not burn the link).
     *
     * @return the user the token was issued to
     * @throws ValidationFailed on field {@code field} when the token is unknown, used, superseded or expired
     */
    public String peek(String field, String token, Set<Purpose> purposes) {
        LocalDateTime now = UtcTime.now();
        return tenantJpa.inTransaction(jpa, em -> usable(em, token, purposes, now, field).userId());
    }

    private static ActionTokenEntity usable(EntityManager em, String token, Set<Purpose> purposes, LocalDateTime now,
            String field) {
        List<ActionTokenEntity> rows = em.createQuery("select t from ActionTokenEntity t where t.tokenHash = :hash",
                ActionTokenEntity.class).setParameter("hash", SecureTokens.hash(token)).getResultList();
        if (rows.isEmpty() || !purposes.contains(rows.get(0).purpose()) || rows.get(0).usedAt() != null
                || !rows.get(0).expiresAt().isAfter(now)) {
            throw new ValidationFailed(field, "action-token.invalid");
        }
        return rows.get(0);
    }

    /**
     * Uses {@code token} (bound tenant = the token's) for one of {@code purposes}, joining the caller's transaction.
     *
     * @return the user the token was issued to
     * @throws ValidationFailed on field {@code field} when the token is unknown, used, superseded or expired
     */
    public String consume(String field, String token, Set<Purpose> purposes) {
        LocalDateTime now = UtcTime.now();
        return tenantJpa.inTransaction(jpa, em -> {
            ActionTokenEntity row = usable(em, token, purposes, now, field);
            int claimed = em.createQuery("update ActionTokenEntity t set t.usedAt = :now where t.id = :id and t.usedAt is null")
                    .setParameter("now", now).setParameter("id", row.id()).executeUpdate();
            if (claimed == 0) {
                throw new ValidationFailed(field, "action-token.invalid");
            }
            return row.userId();
        });
    }
}
