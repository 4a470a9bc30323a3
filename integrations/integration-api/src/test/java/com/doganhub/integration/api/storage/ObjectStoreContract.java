package com.doganhub.integration.api.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectStore} must do. A provider's test extends this class and returns a store connected to a
 * real peer (a folder, S3Mock, Azurite); published in the integration-api test jar for partners' providers.
 */
public abstract class ObjectStoreContract {

    /** A store to test; each test works under its own random prefix, so the store may be shared. */
    protected abstract ObjectStore store();

    private String tenant;

    @BeforeEach
    void prefix() {
        tenant = "t-" + UUID.randomUUID();
    }

    @Test
    void writesReadsAndDescribesAnObjectWithItsChecksum() throws IOException {
        byte[] content = "فاتورة رقم 42 — %PDF".getBytes(StandardCharsets.UTF_8);

        StoredObject written = store().write(tenant + "/invoices/INV-42.pdf", new ByteArrayInputStream(content),
                "application/pdf");

        assertThat(written.key()).isEqualTo(tenant + "/invoices/INV-42.pdf");
        assertThat(written.size()).isEqualTo(content.length);
        assertThat(written.sha256()).isEqualTo(sha256(content));
        StoredObject stat = store().stat(tenant + "/invoices/INV-42.pdf").orElseThrow();
        assertThat(stat.size()).isEqualTo(content.length);
        assertThat(stat.contentType()).isEqualTo("application/pdf");
        try (InputStream in = store().read(tenant + "/invoices/INV-42.pdf").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aSecondWriteReplacesTheObject() throws IOException {
        store().write(tenant + "/a.txt", bytes("first"), "text/plain");
        store().write(tenant + "/a.txt", bytes("second version"), "text/plain");
        try (InputStream in = store().read(tenant + "/a.txt").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("second version");
        }
        assertThat(store().stat(tenant + "/a.txt").orElseThrow().size()).isEqualTo(14);
    }

    @Test
    void deletesOnceAndThenKnowsNothingOfIt() {
        store().write(tenant + "/gone.txt", bytes("x"), "text/plain");
        assertThat(store().delete(tenant + "/gone.txt")).isTrue();
        assertThat(store().delete(tenant + "/gone.txt")).isFalse();
        assertThat(store().read(tenant + "/gone.txt")).isEmpty();
        assertThat(store().stat(tenant + "/gone.txt")).isEmpty();
    }

    @Test
    void listsByPrefixInKeyOrderAndAPrefixIsNotAWordStart() {
        store().write(tenant + "/b/2.txt", bytes("2"), "text/plain");
        store().write(tenant + "/a/1.txt", bytes("1"), "text/plain");
        store().write(tenant + "/b/1.txt", bytes("1"), "text/plain");
        store().write(tenant + "x/other.txt", bytes("other tenant"), "text/plain");

        assertThat(store().list(tenant + "/").stream().map(StoredObject::key).toList())
                .containsExactly(tenant + "/a/1.txt", tenant + "/b/1.txt", tenant + "/b/2.txt");
        assertThat(store().list(tenant + "/b/").stream().map(StoredObject::key).toList())
                .containsExactly(tenant + "/b/1.txt", tenant + "/b/2.txt");
        assertThat(store().list(tenant + "/nothing/")).isEmpty();
    }

    @Test
    void streamsLargeObjectsWithoutHoldingThemAndKeepsTheChecksum() throws IOException {
        long size = 24L * 1024 * 1024;
        StoredObject written = store().write(tenant + "/big.bin", new PatternStream(size), "application/octet-stream");

        assertThat(written.size()).isEqualTo(size);
        assertThat(written.sha256()).isEqualTo(sha256(new PatternStream(size)));
        try (InputStream in = store().read(tenant + "/big.bin").orElseThrow()) {
            assertThat(sha256(in)).isEqualTo(written.sha256());
        }
    }

    @Test
    void aProviderSignedLinkIsAnAbsoluteUrlThatExpires() {
        store().write(tenant + "/linked.txt", bytes("linked"), "text/plain");
        Optional<PresignedLink> link = store().presign(tenant + "/linked.txt", Duration.ofMinutes(5));
        link.ifPresent(signed -> {
            assertThat(signed.url().getScheme()).isIn("http", "https");
            assertThat(signed.expiresAt()).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(360));
        });
    }

    protected static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    protected static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    protected static String sha256(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** {@code size} bytes of a repeating pattern, produced as read: nothing of it is held in memory. */
    protected static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        public PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) (position++ * 31 % 251);
            }
            return count;
        }
    }
}
