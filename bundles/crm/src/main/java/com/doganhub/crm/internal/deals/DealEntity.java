package com.doganhub.crm.internal.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A deal: what it is worth, when it should close, who owns it, with whom, and where it stands. */
@Entity
@Table(name = "crm_deal")
public class DealEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 36)
    private String id;
    private String title;
    @Column(name = "pipeline_id")
    private String pipelineId;
    @Column(name = "stage_id")
    private String stageId;
    private BigDecimal amount;
    private String currency;
    @Column(name = "expected_close")
    private LocalDate expectedClose;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(name = "contact_id")
    private String contactId;
    @Column(name = "company_id")
    private String companyId;
    @Column(name = "lost_reason")
    private String lostReason;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected DealEntity() {
        // JPA
    }

    DealEntity(String id, String pipelineId, String stageId, LocalDateTime now) {
        this.id = id;
        this.pipelineId = pipelineId;
        this.stageId = stageId;
        this.createdAt = now;
    }

    void apply(DealRequest.Valid valid, LocalDateTime now) {
        this.title = valid.title();
        this.amount = valid.amount().amount();
        this.currency = valid.amount().currency();
        this.expectedClose = valid.expectedCloseDate();
        this.ownerId = valid.ownerId();
        this.contactId = valid.contactId();
        this.companyId = valid.companyId();
        this.updatedAt = now;
    }

    void moveTo(StageEntity stage, String reason, LocalDateTime now) {
        this.stageId = stage.id();
        this.lostReason = stage.lost() ? reason : null;
        this.closedAt = stage.won() || stage.lost() ? now : null;
        this.updatedAt = now;
    }

    public String id() { return id; }
    public String title() { return title; }
    public String pipelineId() { return pipelineId; }
    public String stageId() { return stageId; }
    public BigDecimal amount() { return amount; }
    public String currency() { return currency; }
    public LocalDate expectedClose() { return expectedClose; }
    public String ownerId() { return ownerId; }
    public String contactId() { return contactId; }
    public String companyId() { return companyId; }
    public String lostReason() { return lostReason; }
    public LocalDateTime closedAt() { return closedAt; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime updatedAt() { return updatedAt; }
}
