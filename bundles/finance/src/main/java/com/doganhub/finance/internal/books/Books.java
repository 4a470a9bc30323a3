package com.doganhub.finance.internal.books;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.finance.internal.FinanceUnit;
import com.doganhub.finance.internal.accounts.AccountEntity;
import com.doganhub.finance.internal.accounts.ChartTemplate;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * Opens a tenant's books on its first finance request (settings row and the Saudi chart of accounts, in one
 * transaction) and hands out gapless numbers. Opening twice at once is harmless: the loser's insert fails on the
 * primary key and it finds the winner's books.
 */
@Component(service = Books.class)
public class Books {

    /** Numbering series every tenant has from the start. */
    public static final String JOURNAL_SERIES = "journal";
    public static final String BILL_SERIES = "bill";
    public static final String INVOICE_SERIES = "INV";
    public static final String CREDIT_NOTE_SERIES = "CRN";
    private static final List<String> STANDARD_SERIES = List.of(JOURNAL_SERIES, BILL_SERIES, "invoice:" + INVOICE_SERIES,
            "invoice:" + CREDIT_NOTE_SERIES);

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final Clock clock;
    private final Set<String> openTenants = ConcurrentHashMap.newKeySet();

    @Activate
    public Books(@Reference(target = FinanceUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference(target = FinanceUnit.SCHEMA) SchemaReady schema) {
        this(jpa, tenantJpa, tenantScope, Clock.systemUTC());
    }

    Books(JpaTemplate jpa, TenantJpa tenantJpa, TenantScope tenantScope, Clock clock) {
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    /** Runs {@code work} in a finance transaction of the calling tenant, opening its books first when needed. */
    public <R> R inTransaction(EmFunction<R> work) {
        open();
        return tenantJpa.inTransaction(jpa, work);
    }

    /** The calling tenant's settings, within the caller's transaction. */
    public Settings settings(EntityManager em) {
        return books(em).settings();
    }

    /** Replaces the calling tenant's settings. */
    public Settings replace(EntityManager em, Settings settings) {
        BooksEntity books = books(em);
        books.apply(settings);
        return books.settings();
    }

    /**
     * The next number of {@code series} for the calling tenant, taken under a row lock held until the caller's
     * transaction ends: concurrent callers queue, and a rollback returns the number. The series must exist
     * ({@link #prepareSeries}, outside the transaction): creating it here could abort the caller's transaction on
     * PostgreSQL when a concurrent caller creates it too.
     */
    public long nextNumber(EntityManager em, String series) {
        String id = tenantScope.require().tenantId() + "|" + series;
        SequenceEntity sequence = em.find(SequenceEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new IllegalStateException("numbering series " + series + " was not prepared");
        }
        return sequence.next();
    }

    /** Creates numbering series {@code series} of the calling tenant if it does not exist; call outside transactions. */
    public void prepareSeries(String series) {
        open();
        String id = tenantScope.require().tenantId() + "|" + series;
        if (tenantJpa.inTransaction(jpa, em -> em.find(SequenceEntity.class, id)) == null) {
            createSequence(id);
        }
    }

    private BooksEntity books(EntityManager em) {
        return em.find(BooksEntity.class, tenantScope.require().tenantId());
    }

    private void open() {
        String tenantId = tenantScope.require().tenantId();
        if (openTenants.contains(tenantId)) {
            return;
        }
        boolean opened = tenantJpa.inTransaction(jpa, em -> em.find(BooksEntity.class, tenantId) != null);
        if (opened) {
            openTenants.add(tenantId);
            return;
        }
        try {
            tenantJpa.inTransaction(jpa, em -> {
                em.persist(new BooksEntity(tenantId, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0)));
                List<AccountEntity> chart = ChartTemplate.saudiSmallBusiness(() -> UUID.randomUUID().toString());
                chart.forEach(em::persist);
                for (String series : STANDARD_SERIES) {
                    em.persist(new SequenceEntity(tenantId + "|" + series));
                }
                return null;
            });
        } catch (RuntimeException openedMeanwhile) {
            if (!tenantJpa.inTransaction(jpa, em -> em.find(BooksEntity.class, tenantId) != null)) {
                throw openedMeanwhile;
            }
        }
        openTenants.add(tenantId);
    }

    /** In its own transaction, so that the caller's can lock the row right after; a concurrent creation is fine. */
    private void createSequence(String id) {
        try {
            tenantJpa.inTransaction(jpa, em -> {
                if (em.find(SequenceEntity.class, id) == null) {
                    em.persist(new SequenceEntity(id));
                }
                return null;
            });
        } catch (RuntimeException createdMeanwhile) {
            // another transaction inserted the row between our check and our insert: it exists now
        }
    }
}
