package com.doganhub.finance.internal.accounts;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.finance.api.AccountType;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** One account of a tenant's chart; lines refer to it by its code, unique within the tenant. */
@Entity
@Table(name = "fin_account")
public class AccountEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "parent_code", length = 20)
    private String parentCode;

    @Column(name = "name_ar", nullable = false, length = 200)
    private String nameAr;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 10)
    private AccountType type;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "posting_role", length = 20)
    private PostingRole postingRole;

    protected AccountEntity() {
        // JPA
    }

    public AccountEntity(String id, String code, String parentCode, String nameAr, String nameEn, AccountType type,
            PostingRole postingRole) {
        this.id = id;
        this.code = code;
        this.parentCode = parentCode;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.type = type;
        this.active = true;
        this.postingRole = postingRole;
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public String nameAr() {
        return nameAr;
    }

    public String nameEn() {
        return nameEn;
    }

    public AccountType type() {
        return type;
    }

    public boolean active() {
        return active;
    }

    public PostingRole postingRole() {
        return postingRole;
    }

    void rename(String nameAr, String nameEn) {
        this.nameAr = nameAr;
        this.nameEn = nameEn;
    }

    void moveUnder(String parentCode) {
        this.parentCode = parentCode;
    }

    void activate(boolean active) {
        this.active = active;
    }
}
