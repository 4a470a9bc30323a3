package com.doganhub.integration.storage.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.doganhub.integration.api.storage.ForwardingObjectStore;
import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.integration.storage.local.LocalObjectStore;
import com.doganhub.integration.storage.s3.S3Location;
import com.doganhub.integration.storage.s3.S3ObjectStore;
import com.doganhub.testing.peers.PeerProcess;
import com.doganhub.testing.peers.S3MockPeer;

/** Local disk to a real S3 (S3Mock): the way a platform outgrows its disk, with the failures that happen on the way. */
class StorageMigrationTest {

    private static PeerProcess s3mock;
    private static S3ObjectStore s3;

    @TempDir
    Path temp;

    @BeforeAll
    static void connect() {
        s3mock = S3MockPeer.shared();
        // Each test gets its own key prefix inside the shared bucket, so its listing holds only its own objects.
    }

    @AfterAll
    static void disconnect() {
        if (s3 != null) {
            s3.close();
        }
    }

    private static S3ObjectStore s3Store() {
        return new S3ObjectStore(new S3Location(URI.create(s3mock.baseUrl()), "us-east-1", "doganhub",
                S3MockPeer.ACCESS_KEY, S3MockPeer.SECRET_KEY, true, "migration-" + UUID.randomUUID() + "/",
                5 * 1024 * 1024, 10), Clock.systemUTC());
    }

    @Test
    void thousandObjectsOfThreeTenantsMoveWithOneInjectedFailureAndTheSecondRunFinishesTheJob() throws IOException {
        LocalObjectStore local = new LocalObjectStore(temp.resolve("storage"), Clock.systemUTC());
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String key = "tenant-" + (i % 3) + "/files/" + String.format("%04d", i) + ".txt";
            local.write(key, new ByteArrayInputStream(("object " + i + " فاتورة").repeat(1 + i % 7)
                    .getBytes(StandardCharsets.UTF_8)), "text/plain");
            keys.add(key);
        }
        try (S3ObjectStore target = s3Store()) {
            FailingOnce flaky = new FailingOnce(target, "tenant-1/files/0499.txt");
            Path journalFile = temp.resolve("migrations/local-to-s3.journal");

            MigrationReport first;
            try (MigrationJournal journal = new MigrationJournal(journalFile)) {
                first = new StorageMigration("local", local, "s3", flaky, journal, 20, line -> { }).run();
            }
            assertThat(first.total()).isEqualTo(1000);
            assertThat(first.copied()).isEqualTo(999);
            assertThat(first.failed()).extracting(MigrationReport.Failure::key).containsExactly("tenant-1/files/0499.txt");
            assertThat(first.complete()).isFalse();

            MigrationReport second;
            try (MigrationJournal journal = new MigrationJournal(journalFile)) {
                second = new StorageMigration("local", local, "s3", flaky, journal, 20, line -> { }).run();
            }
            assertThat(second.copied()).isEqualTo(1);
            assertThat(second.skipped()).isEqualTo(999);
            assertThat(second.complete()).isTrue();

            assertThat(target.list("").stream().map(StoredObject::key).toList()).containsExactlyElementsOf(keys.stream().sorted().toList());
            for (String key : keys) {
                assertThat(sha256(target.read(key).orElseThrow())).as(key)
                        .isEqualTo(local.stat(key).orElseThrow().sha256());
            }
            assertThat(target.stat(keys.get(0)).orElseThrow().contentType()).isEqualTo("text/plain");
        }
    }

    @Test
    void aCopyThatReadsBackDifferentlyIsNotJournalledAndATornJournalLineIsCopiedAgain() throws IOException {
        LocalObjectStore local = new LocalObjectStore(temp.resolve("storage"), Clock.systemUTC());
        local.write("t/a.txt", new ByteArrayInputStream("a".getBytes(StandardCharsets.UTF_8)), "text/plain");
        local.write("t/b.txt", new ByteArrayInputStream("b".getBytes(StandardCharsets.UTF_8)), "text/plain");
        LocalObjectStore target = new LocalObjectStore(temp.resolve("target"), Clock.systemUTC());
        Path journalFile = temp.resolve("j/local-to-target.journal");

        MigrationReport corrupted;
        try (MigrationJournal journal = new MigrationJournal(journalFile)) {
            corrupted = new StorageMigration("local", local, "target", new CorruptingReads(target), journal, 20,
                    line -> { }).run();
        }
        assertThat(corrupted.failed()).hasSize(2).allSatisfy(f -> assertThat(f.reason()).contains("reads back"));
        assertThat(Files.readString(journalFile)).isEmpty();

        // A crash while the journal line of b was being written leaves half a line behind.
        Files.writeString(journalFile, "t/a.txt\t1\t" + sha256("a") + "\nt/b.txt\t1\tca97");
        MigrationReport resumed;
        try (MigrationJournal journal = new MigrationJournal(journalFile)) {
            resumed = new StorageMigration("local", local, "target", target, journal, 20, line -> { }).run();
        }
        assertThat(resumed.skipped()).isEqualTo(1);
        assertThat(resumed.copied()).isEqualTo(1);
        assertThat(Files.readAllLines(journalFile)).hasSize(3).last().asString().startsWith("t/b.txt\t1\t");
    }

    @Test
    void aTargetThatIsDownStopsTheRunInsteadOfFailingEveryObject() {
        LocalObjectStore local = new LocalObjectStore(temp.resolve("storage"), Clock.systemUTC());
        for (int i = 0; i < 50; i++) {
            local.write("t/" + i + ".txt", new ByteArrayInputStream(new byte[] { (byte) i }), "text/plain");
        }
        S3Location nowhere = new S3Location(URI.create("http://127.0.0.1:9"), "us-east-1", "doganhub",
                S3MockPeer.ACCESS_KEY, S3MockPeer.SECRET_KEY, true, "", 5 * 1024 * 1024, 1);
        try (S3ObjectStore down = new S3ObjectStore(nowhere, Clock.systemUTC());
                MigrationJournal journal = new MigrationJournal(temp.resolve("j/down.journal"))) {
            MigrationReport report = new StorageMigration("local", local, "s3", down, journal, 5, line -> { }).run();
            assertThat(report.aborted()).isTrue();
            assertThat(report.failed()).hasSize(5);
            assertThat(report.summary()).contains("stopped after repeated failures")
                    .doesNotContain(S3MockPeer.SECRET_KEY);
        }
    }

    private static String sha256(String text) {
        return sha256(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(InputStream in) {
        try (in) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (Exception unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** A real store whose write of one key fails once, as a provider outage would. */
    private static final class FailingOnce extends Delegating {
        private final String key;
        private final AtomicBoolean failed = new AtomicBoolean();

        FailingOnce(ObjectStore store, String key) {
            super(store);
            this.key = key;
        }

        @Override
        public StoredObject write(String written, InputStream content, String contentType) {
            if (written.equals(key) && failed.compareAndSet(false, true)) {
                throw new StorageUnavailable("injected: connection reset", null);
            }
            return delegate().write(written, content, contentType);
        }
    }

    /** A real store whose reads come back with one byte flipped, as a broken disk or proxy would. */
    private static final class CorruptingReads extends Delegating {
        CorruptingReads(ObjectStore store) {
            super(store);
        }

        @Override
        public Optional<InputStream> read(String key) {
            return delegate().read(key).map(in -> {
                try (in) {
                    byte[] bytes = in.readAllBytes();
                    bytes[0] ^= 1;
                    return new ByteArrayInputStream(bytes);
                } catch (IOException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            });
        }
    }

    private abstract static class Delegating implements ForwardingObjectStore {
        private final ObjectStore store;

        Delegating(ObjectStore store) {
            this.store = store;
        }

        @Override
        public ObjectStore delegate() {
            return store;
        }
    }
}
