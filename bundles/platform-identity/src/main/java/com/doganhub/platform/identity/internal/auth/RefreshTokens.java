package com.doganhub.platform.identity.internal.auth;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.identity.internal.IdentitySettings;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.UtcTime;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * Rotating refresh tokens. Exchanging one is a conditional update ({@code used_at is null}), so two concurrent
 * refreshes with the same token cannot both succeed: the loser is treated as a reuse and the family is revoked.
 */
@Component(service = RefreshTokens.class, configurationPid = IdentitySettings.PID)
public class RefreshTokens {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshTokens.class);

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final Duration lifetime;

    @Activate
    public RefreshTokens(@Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference(target = IdentityUnit.SCHEMA) SchemaReady schema,
            IdentitySettings settings) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.lifetime = Duration.ofDays(Math.max(1, settings.refresh_ttl_days()));
    }

    /** Starts a new family for {@code userId} in the bound tenant and returns its first token. */
    public String startFamily(String userId) {
        return issue(userId, UUID.randomUUID().toString());
    }

    private String issue(String userId, String familyId) {
        String tenantId = tenantScope.require().tenantId();
        String token = SecureTokens.generate(tenantId);
        LocalDateTime now = UtcTime.now();
        RefreshTokenEntity row = new RefreshTokenEntity(UUID.randomUUID().toString(), userId, familyId,
                SecureTokens.hash(token), now, now.plus(lifetime));
        tenantJpa.inTransaction(jpa, em -> {
            em.persist(row);
            return row;
        });
        return token;
    }

    /**
     * Exchanges {@code token} (the bound tenant must be the token's) for its successor. Claiming the token and storing
     * its successor are one transaction, so a replay racing the exchange either loses the claim or finds the
     * successor in the family it revokes.
     *
     * @param requireActive runs inside the transaction with the token's user id before anything changes; what it
     *        throws (a disabled account) leaves the token unused
     * @throws Unauthenticated when the token is unknown, expired, revoked, or already used; in the last case the
     *         whole family is revoked first (and stays revoked: that change is committed before the refusal)
     */
    public Exchange exchange(String token, Consumer<String> requireActive) {
        LocalDateTime now = UtcTime.now();
        Outcome outcome = tenantJpa.inTransaction(jpa, em -> {
            List<RefreshTokenEntity> rows = em.createQuery(
                    "select t from RefreshTokenEntity t where t.tokenHash = :hash", RefreshTokenEntity.class)
                    .setParameter("hash", SecureTokens.hash(token)).getResultList();
            if (rows.isEmpty()) {
                return new Outcome(null, null, "refresh-token.invalid");
            }
            RefreshTokenEntity row = rows.get(0);
            if (row.revokedAt() != null || !row.expiresAt().isAfter(now)) {
                return new Outcome(null, null, "refresh-token.invalid");
            }
            requireActive.accept(row.userId());
            int claimed = em.createQuery("update RefreshTokenEntity t set t.usedAt = :now where t.id = :id and t.usedAt is null")
                    .setParameter("now", now).setParameter("id", row.id()).executeUpdate();
            if (claimed == 0) {
                revokeFamily(row.familyId(), now);
                LOG.warn("A used refresh token was presented again; family {} of user {} revoked", row.familyId(),
                        row.userId());
                return new Outcome(null, null, "refresh-token.reused");
            }
            return new Outcome(row, issue(row.userId(), row.familyId()), null);
        });
        if (outcome.refusal() != null) {
            throw new Unauthenticated(outcome.refusal());
        }
        return new Exchange(outcome.row().userId(), outcome.successor());
    }

    /** Revokes the family {@code token} belongs to (logout); an unknown token is ignored. */
    public void revokeFamilyOf(String token) {
        LocalDateTime now = UtcTime.now();
        tenantJpa.inTransaction(jpa, em -> {
            em.createQuery("select t from RefreshTokenEntity t where t.tokenHash = :hash", RefreshTokenEntity.class)
                    .setParameter("hash", SecureTokens.hash(token)).getResultList()
                    .forEach(row -> revokeFamily(row.familyId(), now));
            return null;
        });
    }

    /** Revokes every family of {@code userId} in the bound tenant (password change, account disabled or deleted). */
    public void revokeAllOf(String userId) {
        LocalDateTime now = UtcTime.now();
        tenantJpa.inTransaction(jpa, em -> em.createQuery(
                "update RefreshTokenEntity t set t.revokedAt = :now where t.userId = :user and t.revokedAt is null")
                .setParameter("now", now).setParameter("user", userId).executeUpdate());
    }

    private void revokeFamily(String familyId, LocalDateTime now) {
        tenantJpa.inTransaction(jpa, em -> em.createQuery(
                "update RefreshTokenEntity t set t.revokedAt = :now where t.familyId = :family and t.revokedAt is null")
                .setParameter("now", now).setParameter("family", familyId).executeUpdate());
    }

    /** A successful exchange: whose token it was and the successor. */
    public record Exchange(String userId, String refreshToken) {
        @Override
        public String toString() {
            return "Exchange[" + userId + "]"; // never the token
        }
    }

    private record Outcome(RefreshTokenEntity row, String successor, String refusal) {
    }
}
