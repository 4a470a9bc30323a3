package com.doganhub.platform.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.osgi.framework.BundleContext;

/** Secrets the bundle keeps on disk or reads from configuration: where they go, how they are written and made. */
public final class SecretFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFiles() {
    }

    /** Karaf's data folder ({@code karaf.data}), or the bundle's own data area outside Karaf. */
    public static Path dataDirectory(BundleContext context) {
        String data = context.getProperty("karaf.data");
        return data == null ? context.getDataFile("").toPath() : Path.of(data);
    }

    /**
     * Writes {@code text} to a new file that only its owner can read, created so from the start (never readable by
     * others, not even for a moment); an existing file is replaced.
     */
    public static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the data folder's own permissions apply
        }
        Files.writeString(file, text, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Whether a configured secret is set: not blank and not an unresolved {@code ${env:NAME}} placeholder. */
    public static boolean isSet(String configured) {
        return configured != null && !configured.isBlank() && !configured.startsWith("${");
    }

    /** A password of 120 random bits in 20 URL-safe characters. */
    public static String generatedPassword() {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
