package com.doganhub.integration.email.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.OutboundEmail;

/**
 * Writes each message to {@code <directory>/<tenant>/<time>-<outbox id>.eml} and appends a line to that folder's
 * {@code index.tsv} (time, Message-ID, outbox id, recipients, subject, file). Files appear atomically (written aside,
 * then moved), so a reader never sees half a message.
 */
final class LocalOutboxWriter {

    static final String INDEX = "index.tsv";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    private final Path directory;
    private final Clock clock;

    LocalOutboxWriter(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** @return the file written, relative to the outbox directory */
    Path write(OutboundEmail email) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        String text = MimeWriter.render(email.message(), email.from(), email.messageId(), now, email.tenantSlug());
        Path folder = directory.resolve(safe(email.tenantSlug()));
        Path file = folder.resolve(FILE_TIME.format(now) + "-" + email.outboxId() + ".eml");
        try {
            Files.createDirectories(folder);
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            appendToIndex(folder, String.join("\t", now.toInstant().toString(), "<" + email.messageId() + ">",
                    email.outboxId(), tsv(recipients(email)), tsv(email.message().subject()),
                    file.getFileName().toString()) + "\n");
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + file, failed);
        }
        return directory.relativize(file);
    }

    /** The index lines of one tenant's folder (or of every folder), newest last. */
    List<IndexEntry> list(String tenantSlug) throws IOException {
        List<IndexEntry> entries = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return entries;
        }
        List<Path> folders;
        try (Stream<Path> all = Files.list(directory)) {
            folders = all.filter(Files::isDirectory)
                    .filter(folder -> tenantSlug == null || folder.getFileName().toString().equals(safe(tenantSlug)))
                    .sorted().toList();
        }
        for (Path folder : folders) {
            Path index = folder.resolve(INDEX);
            if (Files.exists(index)) {
                for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                    String[] fields = line.split("\t", -1);
                    if (fields.length == 6) {
                        entries.add(new IndexEntry(folder.getFileName().toString(), fields[0], fields[1], fields[2],
                                fields[3], fields[4], fields[5]));
                    }
                }
            }
        }
        entries.sort(java.util.Comparator.comparing(IndexEntry::time));
        return entries;
    }

    /** One line of an index. */
    record IndexEntry(String tenant, String time, String messageId, String outboxId, String recipients, String subject,
            String file) {
    }

    private static synchronized void appendToIndex(Path folder, String line) throws IOException {
        Files.writeString(folder.resolve(INDEX), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String recipients(OutboundEmail email) {
        List<String> all = new ArrayList<>();
        for (List<EmailAddress> group : List.of(email.message().to(), email.message().cc(), email.message().bcc())) {
            group.forEach(address -> all.add(address.address()));
        }
        return String.join(", ", all);
    }

    private static String tsv(String value) {
        return value.replace('\t', ' ');
    }

    static String safe(String slug) {
        return slug.replaceAll("[^a-z0-9-]", "_");
    }

    static Path directory(String configured, String karafData) {
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            return Path.of(configured.strip());
        }
        return Path.of(karafData == null ? "data" : karafData, "mail", "outbox");
    }

    Path directory() {
        return directory;
    }
}
