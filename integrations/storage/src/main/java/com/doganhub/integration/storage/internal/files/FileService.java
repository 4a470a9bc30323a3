package com.doganhub.integration.storage.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.integration.api.storage.StorageGateway;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.integration.storage.internal.StorageSettings;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.licensing.Entitlements;
import com.doganhub.platform.api.licensing.Quotas;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.PayloadTooLarge;
import com.doganhub.platform.api.error.ServiceUnavailable;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.persistence.api.SchemaReady;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * Uploads and the metadata of files. The bytes stream from the request to the storage provider under a generated
 * key ({@code files/<yyyy>/<MM>/<uuid>}); the type is sniffed from the first bytes; the size limit is enforced while
 * streaming; the metadata row is written only once the object is complete, and the object is removed when the row
 * cannot be written — no row without bytes, no bytes left for a refused upload.
 */
@Component(service = FileService.class, configurationPid = StorageSettings.PID)
public class FileService {

    static final String UNIT_FILTER = "(osgi.unit.name=doganhub-storage)";
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");
    private static final long MB = 1024 * 1024;
    /** Rows one list request reads at most while skipping files a module hides from the caller. */
    private static final int MAX_SCANNED = 2000;

    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    private final TenantScope tenantScope;
    private final StorageGateway storage;
    private final AttachmentGuard guard;
    private final long maxUpload;
    private final long quota;
    private final Clock clock = Clock.systemUTC();

    /** Present while billing runs: a licensed tenant stores as many GB as its plan allows. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Entitlements entitlements;

    @Activate
    public FileService(@Reference(target = UNIT_FILTER) JpaTemplate jpa, @Reference TenantJpa tenantJpa,
            @Reference TenantScope tenantScope, @Reference StorageGateway storage,
            @Reference(target = "(" + SchemaReady.BUNDLE + "=doganhub-storage)") SchemaReady schema,
            @Reference AttachmentGuard guard, StorageSettings settings) {
        this.guard = guard;
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
        this.tenantScope = tenantScope;
        this.storage = storage;
        this.maxUpload = Math.max(1, settings.maxUploadBytes());
        this.quota = Math.max(0, settings.quotaBytes());
    }

    /** Refuses a request whose declared length already exceeds what may arrive (413 before the body is read). */
    void checkDeclaredLength(long contentLength) {
        if (contentLength > maxUpload + 64 * 1024) { // the multipart framing around the file
            throw new PayloadTooLarge("file.too-large", megabytes(maxUpload));
        }
        long used = used();
        if (contentLength > 0 && used + Math.max(0, contentLength - 64 * 1024) > quota) {
            throw quotaExceeded(used);
        }
    }

    FileEntity upload(String clientName, InputStream content, String entityType, String entityId) throws IOException {
        List<FieldError> errors = new java.util.ArrayList<>();
        checkReference("entityType", entityType, errors);
        checkReference("entityId", entityId, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        String name = displayName(clientName);
        LimitedStream limited = new LimitedStream(new ClientStream(content), maxUpload);
        byte[] head = limited.readNBytes(ContentSniffer.HEAD);
        String type = ContentSniffer.sniff(head, head.length, name);
        String key = "files/" + MONTH.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))) + "/" + UUID.randomUUID();
        StoredObject stored;
        try {
            stored = storage.put(key, new SequenceInputStream(new ByteArrayInputStream(head), limited), type);
        } catch (LimitedStream.TooLarge tooLarge) {
            throw new PayloadTooLarge("file.too-large", megabytes(maxUpload));
        } catch (ClientStream.Broken broken) {
            throw new ValidationFailed("file", "file.multipart");
        } catch (StorageUnavailable down) {
            throw new ServiceUnavailable("storage.unavailable");
        }
        try {
            FileEntity file = new FileEntity(UUID.randomUUID().toString(), name, type, stored.size(), stored.sha256(), key,
                    entityType, entityId, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS),
                    tenantScope.require().userId());
            String tenantId = tenantScope.require().tenantId();
            ensureQuotaLockRow(tenantId);
            return tenantJpa.inTransaction(jpa, em -> {
                // Uploads of one tenant take turns here: the sum below includes every file committed before ours.
                em.find(QuotaLock.class, tenantId, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                Number sum = em.createQuery("select sum(f.size) from FileEntity f", Number.class).getSingleResult();
                long used = sum == null ? 0L : sum.longValue();
                if (used + stored.size() > quota) {
                    throw quotaExceeded(used);
                }
                Entitlements licensing = entitlements;
                if (licensing != null) {
                    licensing.requireQuota(tenantId, Quotas.STORAGE_BYTES, stored.size());
                }
                em.persist(file);
                return file;
            });
        } catch (ValidationFailed overQuota) {
            storage.delete(key);
            throw overQuota;
        } catch (RuntimeException failed) {
            if (!(failed instanceof ValidationFailed)) {
                storage.delete(key);
            }
            throw failed;
        }
    }

    /**
     * Refuses, before any byte is stored, an attachment to a record whose module says the caller may not attach to it
     * (or that is not there): 422 on {@code entityId}, as for any unknown reference.
     */
    void checkAttachable(String entityType, String entityId) {
        if (entityType != null && !guard.mayAttach(entityType, entityId)) {
            throw new ValidationFailed("entityId", "file.unknown-entity", entityType);
        }
    }

    /** Links an uploaded file to the entity named by the form fields; a refused link removes the upload. */
    FileEntity attach(String id, String entityType, String entityId) {
        List<FieldError> errors = new java.util.ArrayList<>();
        checkReference("entityType", entityType, errors);
        checkReference("entityId", entityId, errors);
        if (errors.isEmpty() && entityType != null && !guard.mayAttach(entityType, entityId)) {
            errors.add(FieldError.of("entityId", "file.unknown-entity", entityType));
        }
        if (!errors.isEmpty()) {
            delete(id);
            throw new ValidationFailed(errors);
        }
        boolean underPolicy = guard.owned(entityType);
        return tenantJpa.inTransaction(jpa, em -> {
            FileEntity file = em.find(FileEntity.class, id);
            file.attach(entityType, entityId, underPolicy);
            return file;
        });
    }

    /** A file of the caller's tenant that the caller may see (an attachment as its record's module allows). */
    Optional<FileEntity> find(String id) {
        return tenantJpa.inTransaction(jpa, em -> Optional.ofNullable(em.find(FileEntity.class, id)))
                .filter(guard::mayRead);
    }

    /** Deletes a file for a caller, who must be allowed to change its record's attachments. */
    boolean remove(String id) {
        Optional<FileEntity> file = find(id);
        if (file.isEmpty()) {
            return false;
        }
        if (!guard.mayWrite(file.get())) {
            throw new AttachmentReadOnly(file.get().entityType());
        }
        return delete(id);
    }

    /**
     * Up to {@code limit} files in newest-first order that the caller may see. Rows a module hides are skipped and
     * the next rows fetched, so a page is full whenever more visible files exist.
     */
    List<FileEntity> list(String entityType, String entityId, String after, int limit) {
        int batch = Math.max(limit, 200);
        List<FileEntity> visible = new java.util.ArrayList<>();
        String cursor = after;
        int scanned = 0;
        while (visible.size() < limit && scanned < MAX_SCANNED) { // a caller who may see little costs a bounded scan
            List<FileEntity> rows = rows(entityType, entityId, cursor, batch);
            scanned += rows.size();
            for (FileEntity row : rows) {
                if (visible.size() < limit && guard.mayRead(row)) {
                    visible.add(row);
                }
            }
            if (rows.size() < batch) {
                break;
            }
            cursor = rows.get(rows.size() - 1).id();
        }
        return visible;
    }

    /** Every file attached to a record of the caller's tenant, removed: rows first, then bytes. */
    int deleteAll(String entityType, String entityId) {
        List<String> ids = tenantJpa.inTransaction(jpa, em -> em.createQuery(
                "select f.id from FileEntity f where f.entityType = :type and f.entityId = :entity", String.class)
                .setParameter("type", entityType).setParameter("entity", entityId).getResultList());
        int removed = 0;
        for (String id : ids) {
            removed += delete(id) ? 1 : 0;
        }
        return removed;
    }

    private List<FileEntity> rows(String entityType, String entityId, String after, int limit) {
        return tenantJpa.inTransaction(jpa, em -> {
            StringBuilder jpql = new StringBuilder("select f from FileEntity f where 1 = 1");
            FileEntity cursor = after == null ? null : em.find(FileEntity.class, after);
            if (entityType != null) {
                jpql.append(" and f.entityType = :type");
            }
            if (entityId != null) {
                jpql.append(" and f.entityId = :entity");
            }
            if (cursor != null) {
                jpql.append(" and (f.createdAt < :time or (f.createdAt = :time and f.id < :id))");
            }
            TypedQuery<FileEntity> query = em.createQuery(jpql.append(" order by f.createdAt desc, f.id desc").toString(),
                    FileEntity.class).setMaxResults(limit);
            if (entityType != null) {
                query.setParameter("type", entityType);
            }
            if (entityId != null) {
                query.setParameter("entity", entityId);
            }
            if (cursor != null) {
                query.setParameter("time", cursor.createdAt()).setParameter("id", cursor.id());
            }
            return query.getResultList();
        });
    }

    /** Removes the row, then the bytes (a failure in between leaves bytes without a row, never a row without bytes). */
    boolean delete(String id) {
        Optional<FileEntity> removed = tenantJpa.inTransaction(jpa, em -> Optional.ofNullable(em.find(FileEntity.class, id))
                .map(file -> {
                    em.remove(file);
                    return file;
                }));
        removed.ifPresent(file -> {
            try {
                storage.delete(file.storageKey());
            } catch (StorageUnavailable down) {
                throw new ServiceUnavailable("storage.unavailable");
            }
        });
        return removed.isPresent();
    }

    StorageGateway storage() {
        return storage;
    }

    /** The tenant's lock row, created on its first upload (a concurrent creation by another upload is fine). */
    private void ensureQuotaLockRow(String tenantId) {
        try {
            tenantJpa.inTransaction(jpa, em -> {
                if (em.find(QuotaLock.class, tenantId) == null) {
                    em.persist(new QuotaLock(tenantId));
                }
                return null;
            });
        } catch (RuntimeException alreadyThere) {
            // another upload of the same tenant inserted it between our check and our insert: the row exists
        }
    }

    private long used() {
        return tenantJpa.inTransaction(jpa, em -> {
            Number sum = em.createQuery("select sum(f.size) from FileEntity f", Number.class).getSingleResult();
            return sum == null ? 0L : sum.longValue();
        });
    }

    private ValidationFailed quotaExceeded(long used) {
        return new ValidationFailed("file", "file.quota", megabytes(quota), megabytes(used));
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes * 10.0 / MB) / 10.0);
    }

    private static void checkReference(String field, String value, List<FieldError> errors) {
        if (value != null && !REFERENCE.matcher(value).matches()) {
            errors.add(FieldError.of(field, "invalid-value", field));
        }
    }

    /** The client's name for display only: no folders, no control characters, at most 255 characters. */
    static String displayName(String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "file";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    /** The whole request, capped: fields and framing count too, so no request runs on without end. */
    InputStream limitedRequest(InputStream request) {
        return new LimitedStream(new ClientStream(request), maxUpload + 64 * 1024);
    }

    /** What a failure while reading an upload means for the caller: too large, malformed, or storage down. */
    RuntimeException translated(Exception failed) {
        if (failed instanceof LimitedStream.TooLarge) {
            return new PayloadTooLarge("file.too-large", megabytes(maxUpload));
        }
        if (failed instanceof StorageUnavailable) {
            return new ServiceUnavailable("storage.unavailable");
        }
        if (failed instanceof RuntimeException runtime && !(failed instanceof ClientStream.Broken)) {
            return runtime;
        }
        return new ValidationFailed("file", "file.multipart");
    }
}
