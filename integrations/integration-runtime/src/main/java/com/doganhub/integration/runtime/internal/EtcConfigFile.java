package com.doganhub.integration.runtime.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;

/**
 * The {@code etc/*.cfg} file a configuration was read from, edited the way an operator would: one key's lines replaced
 * by a single line (or one appended), every other line, comment and {@code ${env:...}} placeholder kept, and the new
 * file moved over the old one in one step.
 *
 * <p>Why we write the file ourselves: the distribution turns off file install's write-back
 * ({@code felix.fileinstall.enableConfigSave=false}). That write-back truncates the file and writes it again while
 * file install's own scanner may read it, and a scan that catches it half written loads the half as the configuration
 * (and writes it back). With the file as the single source and each edit atomic, the scanner reads either the old or
 * the new file, never a part, and a change made at runtime survives a restart.
 */
final class EtcConfigFile {

    /** The property file install stores with each configuration it created from a file. */
    static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private final Path file;

    private EtcConfigFile(Path file) {
        this.file = file;
    }

    /** The file behind a configuration's properties, when file install created it from one that still exists. */
    static Optional<EtcConfigFile> of(Dictionary<String, Object> properties) {
        Object location = properties == null ? null : properties.get(FILE_PROPERTY);
        if (location == null) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(new URI(String.valueOf(location)));
            // a linked file is edited where it lives, so the link stays a link
            // .config files are typed (I"5", [...]); a plain line written into one would change how all of it reads
            return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".cfg")
                    ? Optional.of(new EtcConfigFile(path.toRealPath())) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | IOException notAFileWeCanEdit) {
            return Optional.empty();
        }
    }

    Path path() {
        return file;
    }

    /**
     * Sets {@code key} to {@code value} in the file, atomically: every line of the key gives way to one (file install
     * keeps the last of repeated keys), and the new file keeps the old one's permissions and, where allowed, owner.
     *
     * @throws IOException when the file may not be written (read-only) or cannot be replaced; it is left as it was
     */
    void set(String key, String value) throws IOException {
        if (!Files.isWritable(file)) {
            throw new AccessDeniedException(file.toString(), null, "not writable");
        }
        // file install reads .cfg files as ISO-8859-1; anything beyond it is written as a \\u escape
        List<String> lines = new ArrayList<>(List.of(
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        String replacement = escapeKey(key) + " = " + escapeValue(value);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            int last = lastLineOf(lines, i);
            if (key.equals(keyOf(lines.get(i)))) {
                lines.subList(i, last + 1).clear();
                if (at < 0) {
                    lines.add(i, replacement);
                    at = i;
                } else {
                    i--; // the next line has moved up to i
                }
            } else {
                i = last;
            }
        }
        if (at < 0) {
            lines.add(replacement);
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp"); // outside file install's *.cfg filter
        try {
            Files.write(temporary, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
            keepAttributes(temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException unwritable) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException leftBehind) {
                unwritable.addSuppressed(leftBehind);
            }
            throw unwritable;
        }
    }

    /** The old file's POSIX permissions on the new one; its owner and group too when this process may set them. */
    private void keepAttributes(Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes attributes = view.readAttributes();
        Files.setPosixFilePermissions(replacement, attributes.permissions());
        PosixFileAttributeView target = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        try {
            target.setGroup(attributes.group());
            target.setOwner(attributes.owner());
        } catch (IOException notPermitted) {
            // only root may give a file away; the permissions still hold
        }
    }

    /**
     * The index of the last physical line of the logical line starting at {@code first}: a value ending in an odd
     * number of backslashes goes on, past blank and comment lines, as file install's reader reads it.
     */
    private static int lastLineOf(List<String> lines, int first) {
        int index = first;
        if (isBlankOrComment(lines.get(index))) {
            return index;
        }
        while (continues(lines.get(index)) && index < lines.size() - 1) {
            index++;
            while (index < lines.size() - 1 && isBlankOrComment(lines.get(index))) {
                index++;
            }
        }
        return index;
    }

    private static boolean isBlankOrComment(String line) {
        return line.isBlank() || isComment(line);
    }

    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isComment(String line) {
        String trimmed = line.stripLeading();
        return trimmed.startsWith("#") || trimmed.startsWith("!");
    }

    /** The unescaped key of a property line, or {@code null} for a comment or blank line. */
    static String keyOf(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.isEmpty() || isComment(trimmed)) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '\\' && i + 1 < trimmed.length()) {
                key.append(trimmed.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static String escapeKey(String key) {
        StringBuilder escaped = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (c == '=' || c == ':' || c == ' ' || c == '#' || c == '!') {
                escaped.append('\\');
            }
            appendChar(escaped, c);
        }
        return escaped.toString();
    }

    static String escapeValue(String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' && i == 0) {
                escaped.append("\\ ");
            } else {
                appendChar(escaped, c);
            }
        }
        return escaped.toString();
    }

    private static void appendChar(StringBuilder out, char c) {
        switch (c) {
            case '\\' -> out.append("\\\\");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case '\f' -> out.append("\\f");
            default -> {
                if (c < 0x20 || c > 0xff) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }
}
