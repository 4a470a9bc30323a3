package com.doganhub.integration.storage.internal;

import java.util.regex.Pattern;

/**
 * Relative keys modules may use: segments of letters, digits and {@code . _ -}, none empty or starting with a dot,
 * at most 900 characters (the tenant prefix comes on top). Anything else is a programming error, never a client's
 * file name (the files API generates keys).
 */
final class StorageKeys {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,254}");

    private StorageKeys() {
    }

    static String checked(String key) {
        if (key == null || key.isEmpty() || key.length() > 900) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a storage key: " + key);
            }
        }
        return key;
    }

    /** A listing prefix: empty (everything of the tenant) or segments, the last one possibly partial or empty. */
    static String checkedPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return "";
        }
        String body = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        checked(body);
        return prefix;
    }
}
