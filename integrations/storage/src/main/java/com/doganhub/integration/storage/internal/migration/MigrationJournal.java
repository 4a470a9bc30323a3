package com.doganhub.integration.storage.internal.migration;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a migration from one provider to another has already copied and verified: one line per object
 * ({@code key TAB size TAB sha256}), appended and forced to disk as each object is verified, so an interrupted
 * migration resumes where it stopped. A torn last line (a crash mid-write) is ignored and that object copied again.
 */
final class MigrationJournal implements AutoCloseable {

    /** A verified copy. */
    record Entry(long size, String sha256) {
    }

    private final Path file;
    private final Map<String, Entry> verified = new HashMap<>();
    private final FileChannel channel;
    private final BufferedWriter writer;

    MigrationJournal(Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    String[] fields = line.split("\t", -1);
                    if (fields.length == 3 && fields[2].length() == 64) {
                        verified.put(fields[0], new Entry(Long.parseLong(fields[1]), fields[2]));
                    }
                }
            }
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            this.writer = new BufferedWriter(java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8));
            if (channel.size() > 0 && !endsWithNewline(file)) {
                writer.write('\n'); // close a torn line so the next entry starts clean
            }
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot open the migration journal " + file, unwritable);
        }
    }

    Path file() {
        return file;
    }

    /** The verified copy of {@code key}, if this migration made one of an object of that size. */
    boolean copied(String key, long size) {
        Entry entry = verified.get(key);
        return entry != null && entry.size() == size;
    }

    int size() {
        return verified.size();
    }

    void record(String key, long size, String sha256) {
        try {
            writer.write(key + "\t" + size + "\t" + sha256 + "\n");
            writer.flush();
            channel.force(false);
            verified.put(key, new Entry(size, sha256));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the migration journal " + file, unwritable);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException ignored) {
            // every entry was already forced to disk
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel read = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            read.read(last, read.size() - 1);
            return last.get(0) == '\n';
        }
    }
}
