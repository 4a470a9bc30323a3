package com.doganhub.platform.identity.internal.roles;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A tenant's own role: a key, a name and the permissions it grants (kept even while their module is away). */
@Entity
@Table(name = "core_role")
public class RoleEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "role_key", nullable = false, length = 64)
    private String key;

    @Column(name = "name_ar", nullable = false, length = 200)
    private String nameAr;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    /** Permission ids, comma-separated. */
    @Lob
    @Column(name = "permissions")
    private String permissions;

    /** UTC. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** UTC. */
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected RoleEntity() {
        // for JPA
    }

    RoleEntity(String id, String key, LocalDateTime now) {
        this.id = id;
        this.key = key;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String nameAr() {
        return nameAr;
    }

    public String nameEn() {
        return nameEn;
    }

    public List<String> permissions() {
        return permissions == null || permissions.isEmpty() ? List.of() : Arrays.asList(permissions.split(","));
    }

    void define(String arabic, String english, Collection<String> granted, LocalDateTime now) {
        this.nameAr = arabic;
        this.nameEn = english;
        this.permissions = String.join(",", granted);
        this.updatedAt = now;
    }
}
