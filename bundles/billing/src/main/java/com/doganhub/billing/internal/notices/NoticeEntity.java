package com.doganhub.billing.internal.notices;

import java.io.Serializable;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A notice mailed to a tenant; the key makes the second attempt (another node, a rerun) fail instead of mail twice. */
@Entity
@Table(name = "bil_notice")
@IdClass(NoticeEntity.Key.class)
public class NoticeEntity {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;
    @Id
    @Column(name = "kind", length = 40)
    private String kind;
    @Id
    @Column(name = "ref", length = 128)
    private String ref;
    @Column(name = "sent_at", nullable = false)
    private LocalDateTime sentAt;

    protected NoticeEntity() {
    }

    NoticeEntity(String tenantId, String kind, String ref, LocalDateTime sentAt) {
        this.tenantId = tenantId;
        this.kind = kind;
        this.ref = ref;
        this.sentAt = sentAt;
    }

    public String tenantId() { return tenantId; }
    public String kind() { return kind; }
    public String ref() { return ref; }
    public LocalDateTime sentAt() { return sentAt; }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String kind;
        private String ref;

        public Key() {
        }

        public Key(String tenantId, String kind, String ref) {
            this.tenantId = tenantId;
            this.kind = kind;
            this.ref = ref;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.tenantId.equals(tenantId) && key.kind.equals(kind)
                    && key.ref.equals(ref);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(tenantId, kind, ref);
        }
    }
}
