package com.doganhub.platform.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A generated key kept in a file only its owner can read ({@code rw-------} from the moment it exists), for secrets an
 * operator did not configure: created once with {@code bytes} random bytes (base64), then read back at every start.
 */
public final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    /** The key in {@code file}, generating it on first use. */
    public static byte[] readOrCreate(Path file, int bytes) {
        try {
            if (!Files.exists(file)) {
                byte[] generated = new byte[bytes];
                RANDOM.nextBytes(generated);
                Files.createDirectories(file.getParent());
                try {
                    try {
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
                    } catch (UnsupportedOperationException notPosix) {
                        Files.createFile(file); // Windows: the data folder's own permissions apply
                    }
                    Files.writeString(file, Base64.getEncoder().encodeToString(generated));
                } catch (FileAlreadyExistsException anotherStartWon) {
                    // read what the other one wrote
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read or create the key file " + file, unreadable);
        }
    }
}
