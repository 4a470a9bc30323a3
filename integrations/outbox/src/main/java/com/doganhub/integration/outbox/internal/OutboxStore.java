package com.doganhub.integration.outbox.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.persistence.api.SchemaReady;

/**
 * The {@code int_outbox} table. Every state change is a guarded update ({@code where claim_token = ?}): a dispatcher
 * whose claim ran out and was taken over cannot overwrite the newer outcome, so a message is never marked twice.
 * Times are stored as UTC wall-clock values, compared with the JVM's clock rather than the database's.
 */
@Component(service = OutboxStore.class)
public class OutboxStore {

    static final String UNIT_FILTER = "(osgi.unit.name=doganhub-outbox)";

    private final JpaTemplate jpa;

    @Activate
    public OutboxStore(@Reference(target = UNIT_FILTER) JpaTemplate jpa,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-outbox)") SchemaReady schema) {
        this.jpa = jpa;
    }

    /** A row to insert: what the dispatcher needs to send it and what an operator needs to recognise it. */
    record NewMessage(String id, String tenantId, String tenantSlug, String kind, String messageId, String recipients,
            String subject, String payload) {
    }

    /** A row claimed for sending with {@code claimToken}. */
    record Claimed(String id, String claimToken, String tenantId, String tenantSlug, String kind, String messageId,
            String payload, int attempts, String provider, String lastError) {

        /** The provider that may hold this message from an unanswered hand-over, or {@code null}. */
        String unconfirmedBy() {
            return lastError != null && lastError.startsWith(UNCONFIRMED) ? provider : null;
        }
    }

    /** How {@code last_error} starts after a hand-over that got no answer; the provider column names who got it. */
    static final String UNCONFIRMED = "unconfirmed by ";

    /** Inserts in the caller's transaction when there is one, so a rollback takes the message with it. */
    void enqueue(NewMessage message, Instant now) {
        jpa.tx(TransactionType.Required, em -> em.createNativeQuery("insert into int_outbox (id, tenant_id, tenant_slug, "
                + "kind, message_id, recipients, subject, payload, status, attempts, created_at, next_attempt_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")
                .setParameter(1, message.id()).setParameter(2, message.tenantId()).setParameter(3, message.tenantSlug())
                .setParameter(4, message.kind()).setParameter(5, message.messageId())
                .setParameter(6, cut(message.recipients(), 1024)).setParameter(7, cut(message.subject(), 512))
                .setParameter(8, message.payload()).setParameter(9, at(now)).setParameter(10, at(now))
                .executeUpdate());
    }

    /**
     * Claims up to {@code limit} due rows in one short transaction: rows waiting for their time, and rows whose
     * claim lease ran out (their dispatcher died). {@code SKIP LOCKED} lets several nodes claim side by side without
     * waiting on each other or taking the same row.
     */
    List<Claimed> claim(int limit, String node, Duration lease, Instant now) {
        String token = UUID.randomUUID().toString();
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("select id from int_outbox where (status = 'QUEUED' and "
                    + "next_attempt_at <= ?) or (status = 'SENDING' and lease_until < ?) "
                    + "order by next_attempt_at, id fetch first " + Math.max(1, limit) + " rows only for update skip locked")
                    .setParameter(1, at(now)).setParameter(2, at(now)).getResultList();
            if (ids.isEmpty()) {
                return List.of();
            }
            Query mark = em.createNativeQuery("update int_outbox set status = 'SENDING', claimed_by = ?, claim_token = ?, "
                    + "lease_until = ?, attempts = attempts + 1 where id = ?");
            for (Object id : ids) {
                mark.setParameter(1, cut(node, 128)).setParameter(2, token).setParameter(3, at(now.plus(lease)))
                        .setParameter(4, String.valueOf(id)).executeUpdate();
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, tenant_id, tenant_slug, kind, message_id, payload, "
                    + "attempts, provider, last_error from int_outbox where claim_token = ? order by next_attempt_at, id")
                    .setParameter(1, token).getResultList();
            List<Claimed> claimed = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                claimed.add(new Claimed((String) row[0], token, (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], text(row[5]), ((Number) row[6]).intValue(), (String) row[7], (String) row[8]));
            }
            return claimed;
        });
    }

    /** @return false when the claim was lost (the lease ran out and another dispatcher took the row) */
    boolean markSent(Claimed row, String provider, String providerMessageId, Instant now) {
        return guarded(row, "status = 'SENT', finished_at = ?, provider = ?, provider_message_id = ?, last_error = null",
                at(now), provider, cut(providerMessageId, 256));
    }

    boolean reschedule(Claimed row, String provider, String error, Instant nextAttempt) {
        return guarded(row, "status = 'QUEUED', next_attempt_at = ?, provider = ?, last_error = ?",
                at(nextAttempt), provider, cut(error, 1024));
    }

    /** Back in the queue without counting the attempt: nothing was tried (no handler for its kind is installed). */
    boolean postpone(Claimed row, String error, Instant nextAttempt) {
        return guarded(row, "status = 'QUEUED', next_attempt_at = ?, last_error = ?, attempts = attempts - 1",
                at(nextAttempt), cut(error, 1024));
    }

    boolean markDead(Claimed row, String provider, String error, Instant now) {
        return guarded(row, "status = 'DEAD', finished_at = ?, provider = ?, last_error = ?",
                at(now), provider, cut(error, 1024));
    }

    private boolean guarded(Claimed row, String assignments, Object... values) {
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            Query update = em.createNativeQuery("update int_outbox set " + assignments
                    + ", claim_token = null, lease_until = null where id = ? and claim_token = ? and status = 'SENDING'");
            int position = 1;
            for (Object value : values) {
                update.setParameter(position++, value);
            }
            return update.setParameter(position++, row.id()).setParameter(position, row.claimToken())
                    .executeUpdate() == 1;
        });
    }

    /** Puts a dead (or waiting) message back at the front of the queue with a fresh attempt budget. */
    boolean retry(String id, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> em.createNativeQuery("update int_outbox set status = 'QUEUED', "
                + "attempts = 0, next_attempt_at = ?, finished_at = null where id = ? and status in ('DEAD', 'QUEUED')")
                .setParameter(1, at(now)).setParameter(2, id).executeUpdate() == 1);
    }

    /** Every dead message (optionally of one tenant) back in the queue; the count retried. */
    int retryDead(String tenantId, Instant now) {
        return jpa.txExpr(TransactionType.Required, em -> {
            Query update = em.createNativeQuery("update int_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ?, "
                    + "finished_at = null where status = 'DEAD'" + (tenantId == null ? "" : " and tenant_id = ?"))
                    .setParameter(1, at(now));
            if (tenantId != null) {
                update.setParameter(2, tenantId);
            }
            return update.executeUpdate();
        });
    }

    Optional<OutboxEntryEntity> find(String id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OutboxEntryEntity.class, id)));
    }

    /**
     * Newest first; {@code after} is the id of the last row of the previous page.
     *
     * @param filter   which rows: one status, the failed ones (queued again after a failed attempt), or all
     * @param tenantId only this tenant, or all when {@code null}
     */
    List<OutboxEntryEntity> list(OutboxFilter filter, String tenantId, String after, int limit) {
        OutboxStatus status = filter.status();
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder where = new StringBuilder("select o from OutboxEntryEntity o where 1 = 1");
            OutboxEntryEntity cursor = after == null ? null : em.find(OutboxEntryEntity.class, after);
            if (status != null) {
                where.append(" and o.status = :status");
            }
            if (filter == OutboxFilter.FAILED) {
                where.append(" and o.attempts > 0");
            }
            if (tenantId != null) {
                where.append(" and o.tenantId = :tenant");
            }
            if (cursor != null) {
                where.append(" and (o.createdAt < :time or (o.createdAt = :time and o.id < :id))");
            }
            TypedQuery<OutboxEntryEntity> query = em.createQuery(where.append(" order by o.createdAt desc, o.id desc")
                    .toString(), OutboxEntryEntity.class).setMaxResults(limit);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (tenantId != null) {
                query.setParameter("tenant", tenantId);
            }
            if (cursor != null) {
                query.setParameter("time", cursor.createdAt()).setParameter("id", cursor.id());
            }
            return query.getResultList();
        });
    }

    /** How many rows are in each status, how many queued rows have failed before, and the oldest unsent row. */
    record Counts(Map<OutboxStatus, Long> byStatus, long retrying, Instant oldestUnsent) {
    }

    Counts counts() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<OutboxStatus, Long> byStatus = new EnumMap<>(OutboxStatus.class);
            for (OutboxStatus status : OutboxStatus.values()) {
                byStatus.put(status, 0L);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select status, count(*) from int_outbox group by status")
                    .getResultList();
            for (Object[] row : rows) {
                byStatus.put(OutboxStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
            }
            Number retrying = (Number) em.createNativeQuery(
                    "select count(*) from int_outbox where status = 'QUEUED' and attempts > 0").getSingleResult();
            Object oldest = em.createNativeQuery(
                    "select min(created_at) from int_outbox where status in ('QUEUED', 'SENDING')").getSingleResult();
            return new Counts(byStatus, retrying.longValue(), instant(oldest));
        });
    }

    /** Drops rows sent longer ago than {@code keep}: the outbox is a queue, not an archive. */
    int purgeSent(Duration keep, Instant now) {
        return jpa.txExpr(TransactionType.RequiresNew, em -> em.createNativeQuery(
                "delete from int_outbox where status = 'SENT' and finished_at < ?")
                .setParameter(1, at(now.minus(keep))).executeUpdate());
    }

    static Timestamp at(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringWriter out = new StringWriter();
                reader.transferTo(out);
                return out.toString();
            } catch (SQLException | IOException unreadable) {
                throw new IllegalStateException("cannot read an outbox payload", unreadable);
            }
        }
        return (String) value;
    }

    static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
