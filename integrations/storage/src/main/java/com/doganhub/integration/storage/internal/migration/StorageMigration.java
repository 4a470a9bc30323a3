package com.doganhub.integration.storage.internal.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;

/**
 * Copies every object of one store into another and proves each copy: the SHA-256 of the bytes read from the source,
 * the one the target computed while writing, the one of the bytes read back from the target, and the source's
 * recorded checksum when it has one must all agree. Verified objects go to the {@link MigrationJournal}, so a run
 * that stops (crash, outage, Ctrl+C) is resumed by running it again. Objects fail one by one; the run stops only
 * after {@code maxConsecutiveFailures} failures in a row (the target is most likely down).
 */
final class StorageMigration {

    static final String PROBE_PREFIX = ".doganhub-probe/";

    private final String fromName;
    private final String toName;
    private final ObjectStore from;
    private final ObjectStore to;
    private final MigrationJournal journal;
    private final int maxConsecutiveFailures;
    private final Consumer<String> progress;

    StorageMigration(String fromName, ObjectStore from, String toName, ObjectStore to, MigrationJournal journal,
            int maxConsecutiveFailures, Consumer<String> progress) {
        this.fromName = fromName;
        this.toName = toName;
        this.from = from;
        this.to = to;
        this.journal = journal;
        this.maxConsecutiveFailures = maxConsecutiveFailures;
        this.progress = progress;
    }

    MigrationReport run() {
        Instant started = Instant.now();
        List<StoredObject> objects = from.list("").stream().filter(o -> !o.key().startsWith(PROBE_PREFIX)).toList();
        int copied = 0;
        int skipped = 0;
        long bytes = 0;
        int failuresInARow = 0;
        boolean aborted = false;
        List<MigrationReport.Failure> failed = new ArrayList<>();
        for (StoredObject object : objects) {
            if (journal.copied(object.key(), object.size())) {
                skipped++;
                continue;
            }
            try {
                StoredObject copy = copy(object);
                journal.record(copy.key(), copy.size(), copy.sha256());
                copied++;
                bytes += copy.size();
                failuresInARow = 0;
                if (copied % 100 == 0) {
                    progress.accept(copied + " copied, " + skipped + " already copied, " + failed.size() + " failed");
                }
            } catch (StorageUnavailable | UncheckedIOException | IllegalStateException failure) {
                failed.add(new MigrationReport.Failure(object.key(), failure.getMessage()));
                progress.accept("failed: " + object.key() + ": " + failure.getMessage());
                if (++failuresInARow >= maxConsecutiveFailures) {
                    aborted = true;
                    break;
                }
            }
        }
        return new MigrationReport(fromName, toName, objects.size(), copied, skipped, bytes, List.copyOf(failed),
                aborted, Duration.between(started, Instant.now()));
    }

    private StoredObject copy(StoredObject listed) {
        // Listings may omit content type and checksum; the object's own description has them when the store keeps them.
        StoredObject source = from.stat(listed.key()).orElseThrow(
                () -> new IllegalStateException("vanished from " + fromName + " while migrating"));
        MessageDigest readDigest = sha256();
        StoredObject written;
        try (InputStream in = new DigestInputStream(from.read(source.key()).orElseThrow(
                () -> new IllegalStateException("vanished from " + fromName + " while migrating")), readDigest)) {
            written = to.write(source.key(), in, source.contentType() == null ? "application/octet-stream"
                    : source.contentType());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + source.key() + " from " + fromName, unreadable);
        }
        String read = HexFormat.of().formatHex(readDigest.digest());
        if (source.sha256() != null && !source.sha256().equals(read)) {
            throw new IllegalStateException(fromName + " returned bytes that do not match its recorded SHA-256");
        }
        if (!read.equals(written.sha256())) {
            throw new IllegalStateException(toName + " computed a different SHA-256 than the bytes sent");
        }
        String readBack = readBack(source.key());
        if (!read.equals(readBack)) {
            throw new IllegalStateException("the copy in " + toName + " reads back with a different SHA-256");
        }
        return written;
    }

    private String readBack(String key) {
        MessageDigest digest = sha256();
        try (InputStream in = to.read(key).orElseThrow(
                () -> new IllegalStateException("the copy is missing from " + toName))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the copy of " + key + " back from " + toName, unreadable);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
