package com.doganhub.platform.identity.internal.auth;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/**
 * One refresh token (its hash). Tokens issued from one login form a family: each refresh uses one and issues its
 * successor; presenting a used one again revokes the family.
 */
@Entity
@Table(name = "core_refresh_token")
public class RefreshTokenEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Column(name = "family_id", nullable = false, length = 36)
    private String familyId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** UTC. */
    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    /** UTC. */
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    /** UTC; set when the token was exchanged for its successor. */
    @Column(name = "used_at")
    private LocalDateTime usedAt;

    /** UTC; set when the family was revoked (logout, reuse, password change). */
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected RefreshTokenEntity() {
        // for JPA
    }

    RefreshTokenEntity(String id, String userId, String familyId, String tokenHash, LocalDateTime issuedAt,
            LocalDateTime expiresAt) {
        this.id = id;
        this.userId = userId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    String id() {
        return id;
    }

    String userId() {
        return userId;
    }

    String familyId() {
        return familyId;
    }

    LocalDateTime expiresAt() {
        return expiresAt;
    }

    LocalDateTime usedAt() {
        return usedAt;
    }

    LocalDateTime revokedAt() {
        return revokedAt;
    }
}
