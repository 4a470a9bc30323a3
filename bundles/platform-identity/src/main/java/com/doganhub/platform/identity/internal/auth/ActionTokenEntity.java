package com.doganhub.platform.identity.internal.auth;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A single-use, expiring token mailed to a user: password reset, email verification or invitation. */
@Entity
@Table(name = "core_action_token")
public class ActionTokenEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "user_id", nullable = false, length = 36)
    private String userId;

    @Column(name = "purpose", nullable = false, length = 32)
    private String purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    /** UTC; set once the token is used or superseded. */
    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected ActionTokenEntity() {
        // for JPA
    }

    ActionTokenEntity(String id, String userId, ActionTokens.Purpose purpose, String tokenHash, LocalDateTime createdAt,
            LocalDateTime expiresAt) {
        this.id = id;
        this.userId = userId;
        this.purpose = purpose.name();
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String id() {
        return id;
    }

    String userId() {
        return userId;
    }

    ActionTokens.Purpose purpose() {
        return ActionTokens.Purpose.valueOf(purpose);
    }

    LocalDateTime expiresAt() {
        return expiresAt;
    }

    LocalDateTime usedAt() {
        return usedAt;
    }
}
