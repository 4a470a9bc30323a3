package com.doganhub.integration.storage.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;

/**
 * Objects as files under one root: {@code <root>/<key>}, with a hidden {@code .<name>.meta} beside each holding its
 * content type, size, SHA-256 and time. Content is written to a hidden part file and moved into place, so a reader
 * sees the old object or the new one, never half of one. Keys are checked segment by segment (letters, digits,
 * {@code . _ -}, no segment starting with a dot): no key reaches outside the root or a hidden file.
 */
public final class LocalObjectStore implements ObjectStore {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}");
    private static final int MAX_KEY = 1024;

    private final Path root;
    private final Clock clock;

    public LocalObjectStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    @Override
    public StoredObject write(String key, InputStream content, String contentType) {
        Path file = path(key);
        Path part = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(file.getParent());
            MessageDigest sha256 = sha256();
            long size;
            try (InputStream digesting = new DigestInputStream(content, sha256);
                    OutputStream out = Files.newOutputStream(part)) {
                size = digesting.transferTo(out);
            }
            StoredObject stored = new StoredObject(key, size, contentType == null ? "application/octet-stream" : contentType,
                    HexFormat.of().formatHex(sha256.digest()), clock.instant());
            Path metaPart = part.resolveSibling(part.getFileName() + ".meta");
            writeMeta(metaPart, stored);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.move(metaPart, meta(file), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return stored;
        } catch (IOException failed) {
            deleteQuietly(part);
            deleteQuietly(part.resolveSibling(part.getFileName() + ".meta"));
            throw new StorageUnavailable("cannot write to the storage folder: " + failed.getClass().getSimpleName(), failed);
        } catch (RuntimeException refused) { // the caller's stream gave up (a size limit): nothing stays behind
            deleteQuietly(part);
            deleteQuietly(part.resolveSibling(part.getFileName() + ".meta"));
            throw refused;
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        Path file = path(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties meta = new Properties();
            try (Reader reader = Files.newBufferedReader(meta(file), StandardCharsets.UTF_8)) {
                meta.load(reader);
            } catch (NoSuchFileException none) {
                return Optional.of(new StoredObject(key, Files.size(file), "application/octet-stream", null,
                        Files.getLastModifiedTime(file).toInstant()));
            }
            return Optional.of(new StoredObject(key, Files.size(file), meta.getProperty("contentType"),
                    meta.getProperty("sha256"), Instant.parse(meta.getProperty("storedAt"))));
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        } catch (IOException failed) {
            throw new StorageUnavailable("cannot read the storage folder", failed);
        }
    }

    @Override
    public Optional<InputStream> read(String key) {
        try {
            return Optional.of(Files.newInputStream(path(key)));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException failed) {
            throw new StorageUnavailable("cannot read the storage folder", failed);
        }
    }

    @Override
    public boolean delete(String key) {
        Path file = path(key);
        try {
            Files.deleteIfExists(meta(file));
            return Files.deleteIfExists(file);
        } catch (IOException failed) {
            throw new StorageUnavailable("cannot delete from the storage folder", failed);
        }
    }

    @Override
    public List<StoredObject> list(String prefix) {
        int slash = prefix.lastIndexOf('/');
        Path folder = slash < 0 ? root : path(prefix.substring(0, slash));
        List<StoredObject> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (key.startsWith(prefix) && isKey(key)) {
                    stat(key).ifPresent(found::add);
                }
            }
        } catch (IOException failed) {
            throw new StorageUnavailable("cannot list the storage folder", failed);
        }
        found.sort(java.util.Comparator.comparing(StoredObject::key));
        return found;
    }

    /** Local files have no signed URL of their own: the platform signs and serves the link. */
    @Override
    public Optional<PresignedLink> presign(String key, Duration ttl) {
        path(key);
        return Optional.empty();
    }

    /** Writes, reads back and removes a probe file directly under the root (a name no key can have). */
    void probe() throws IOException {
        Files.createDirectories(root);
        Path probe = root.resolve(".probe-" + UUID.randomUUID());
        try {
            Files.writeString(probe, "probe");
            if (!"probe".equals(Files.readString(probe))) {
                throw new IOException("the probe file read back differently");
            }
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    Path path(String key) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return path;
    }

    static boolean isKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            return false;
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.endsWith(".meta") || segment.endsWith(".part")) {
                return false;
            }
        }
        return true;
    }

    private static Path meta(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".meta");
    }

    private static void writeMeta(Path target, StoredObject stored) throws IOException {
        Properties meta = new Properties();
        meta.setProperty("contentType", stored.contentType());
        meta.setProperty("size", String.valueOf(stored.size()));
        meta.setProperty("sha256", stored.sha256());
        meta.setProperty("storedAt", stored.storedAt().toString());
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            meta.store(writer, null);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a part file left behind is hidden and never listed
        }
    }
}
