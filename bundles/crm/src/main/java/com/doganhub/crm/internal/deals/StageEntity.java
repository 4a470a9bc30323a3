package com.doganhub.crm.internal.deals;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** One stage of a pipeline: its order, the probability a deal in it closes, and whether it is won or lost. */
@Entity
@Table(name = "crm_stage")
public class StageEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 100)
    private String id;
    @Column(name = "pipeline_id")
    private String pipelineId;
    @Column(name = "name_ar")
    private String nameAr;
    @Column(name = "name_en")
    private String nameEn;
    private int position;
    private int probability;
    private boolean won;
    private boolean lost;

    protected StageEntity() {
        // JPA
    }

    StageEntity(String id, String pipelineId, String nameAr, String nameEn, int position, int probability, boolean won,
            boolean lost) {
        this.id = id;
        this.pipelineId = pipelineId;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.position = position;
        this.probability = probability;
        this.won = won;
        this.lost = lost;
    }

    public String id() { return id; }
    public String pipelineId() { return pipelineId; }
    public String nameAr() { return nameAr; }
    public String nameEn() { return nameEn; }
    public int position() { return position; }
    public int probability() { return probability; }
    public boolean won() { return won; }
    public boolean lost() { return lost; }
}
