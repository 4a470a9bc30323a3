package com.doganhub.crm.internal.fields;

import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import com.doganhub.crm.internal.Inputs;
import com.doganhub.platform.persistence.api.TenantOwnedEntity;

/** A tenant's custom contact field: its key, type, labels and, for a choice, the options (one per line). */
@Entity
@Table(name = "crm_field")
public class FieldEntity extends TenantOwnedEntity {

    @Id
    @Column(length = 36)
    private String id;
    @Column(name = "field_key")
    private String key;
    @Enumerated(EnumType.STRING)
    @Column(name = "field_type")
    private FieldType type;
    @Column(name = "label_ar")
    private String labelAr;
    @Column(name = "label_en")
    private String labelEn;
    private String options;
    private boolean required;
    private int position;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected FieldEntity() {
        // JPA
    }

    FieldEntity(String id, String key, FieldType type, LocalDateTime now) {
        this.id = id;
        this.key = key;
        this.type = type;
        this.createdAt = now;
    }

    void apply(FieldRequest.Valid valid) {
        this.type = valid.type();
        this.labelAr = valid.labelAr();
        this.labelEn = valid.labelEn();
        this.options = Inputs.joined(valid.options());
        this.required = valid.required();
        this.position = valid.position();
    }

    public String id() { return id; }
    public String key() { return key; }
    public FieldType type() { return type; }
    public String labelAr() { return labelAr; }
    public String labelEn() { return labelEn; }
    public List<String> options() { return Inputs.split(options); }
    public boolean required() { return required; }
    public int position() { return position; }
}
