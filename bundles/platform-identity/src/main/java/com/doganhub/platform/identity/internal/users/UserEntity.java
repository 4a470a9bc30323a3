package com.doganhub.platform.identity.internal.users;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A person who signs in to one tenant. The same email in two tenants is two users. */
@Entity
@Table(name = "core_user")
public class UserEntity extends TenantOwnedEntity {

    public static final String ACTIVE = "active";
    public static final String DISABLED = "disabled";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** Lower case. */
    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "name", length = 200)
    private String name;

    /** bcrypt ({@code $2y$}); {@code null} until an invited user sets a password. */
    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "locale", nullable = false, length = 5)
    private String locale;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    /** Role keys, comma-separated. */
    @Column(name = "roles", nullable = false, length = 2000)
    private String roles;

    /** UTC; when the password was last changed or reset. Access tokens issued before it are refused. */
    @Column(name = "credentials_changed_at")
    private LocalDateTime credentialsChangedAt;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected UserEntity() {
        // for JPA
    }

    public UserEntity(String id, String email, String name, String locale, List<String> roles, LocalDateTime now) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.locale = locale;
        this.status = ACTIVE;
        this.roles = String.join(",", roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String locale() {
        return locale;
    }

    public String status() {
        return status;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public boolean emailVerified() {
        return emailVerified;
    }

    public List<String> roles() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    void name(String value, LocalDateTime now) {
        this.name = value;
        this.updatedAt = now;
    }

    void locale(String value, LocalDateTime now) {
        this.locale = value;
        this.updatedAt = now;
    }

    void status(String value, LocalDateTime now) {
        this.status = value;
        this.updatedAt = now;
    }

    void roles(List<String> value, LocalDateTime now) {
        this.roles = String.join(",", value);
        this.updatedAt = now;
    }

    public void passwordHash(String hash, LocalDateTime now) {
        if (this.passwordHash != null) {
            this.credentialsChangedAt = now;
        }
        this.passwordHash = hash;
        this.updatedAt = now;
    }

    public LocalDateTime credentialsChangedAt() {
        return credentialsChangedAt;
    }

    public void emailVerified(LocalDateTime now) {
        this.emailVerified = true;
        this.updatedAt = now;
    }
}
