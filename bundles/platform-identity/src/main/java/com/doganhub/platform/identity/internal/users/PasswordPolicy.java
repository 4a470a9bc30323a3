package com.doganhub.platform.identity.internal.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.doganhub.platform.api.error.ValidationFailed;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8
 * (bcrypt ignores the rest), not on the list of common passwords, and not the account's email.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws ValidationFailed naming {@code field} */
    public static String check(String field, String password, String email) {
        if (password == null || password.isEmpty()) {
            throw new ValidationFailed(field, "required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new ValidationFailed(field, "password.too-short", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ValidationFailed(field, "password.too-long", MAX_BYTES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || email != null && lower.equals(email.toLowerCase(Locale.ROOT))) {
            throw new ValidationFailed(field, "password.too-common");
        }
        return password;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return Set.copyOf(words);
    }
}
