package com.doganhub.crm.internal.deals;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** One move of a deal between stages: who, when, from, to (from is empty for the deal's creation). */
@Entity
@Table(name = "crm_deal_move")
public class DealMoveEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "deal_id")
    private String dealId;
    /** 1 for the creation, then one more per move: taken under the deal's row lock, so moves never tie. */
    private int seq;
    @Column(name = "from_stage")
    private String fromStage;
    @Column(name = "to_stage")
    private String toStage;
    @Column(name = "moved_by")
    private String movedBy;
    @Column(name = "moved_at")
    private LocalDateTime movedAt;
    private String reason;

    protected DealMoveEntity() {
        // JPA
    }

    DealMoveEntity(String id, String dealId, int seq, String fromStage, String toStage, String movedBy, LocalDateTime movedAt,
            String reason) {
        this.id = id;
        this.dealId = dealId;
        this.seq = seq;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.movedBy = movedBy;
        this.movedAt = movedAt;
        this.reason = reason;
    }

    public String id() { return id; }
    public String dealId() { return dealId; }
    public int seq() { return seq; }
    public String fromStage() { return fromStage; }
    public String toStage() { return toStage; }
    public String movedBy() { return movedBy; }
    public LocalDateTime movedAt() { return movedAt; }
    public String reason() { return reason; }
}
