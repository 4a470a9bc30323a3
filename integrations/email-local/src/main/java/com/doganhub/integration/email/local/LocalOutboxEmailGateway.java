package com.doganhub.integration.email.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailGateway;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.QueuedEmail;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;

/**
 * Writes each message to {@code <directory>/<tenant>/<time>-<id>.eml}. Inside a JTA transaction the file is written
 * only once the transaction commits (nothing for a rollback); outside one, at once. Files appear atomically (written
 * aside, then moved), so a reader never sees half a message.
 */
@Component(service = EmailGateway.class, configurationPid = LocalOutboxSettings.PID,
        property = { "doganhub.provider=local", "service.ranking:Integer=-100" })
@Designate(ocd = LocalOutboxSettings.class)
public class LocalOutboxEmailGateway implements EmailGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LocalOutboxEmailGateway.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS");

    private final TenantScope tenantScope;
    private final Path directory;
    private final EmailAddress defaultFrom;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TransactionSynchronizationRegistry transactions;

    @Activate
    public LocalOutboxEmailGateway(@Reference TenantScope tenantScope, LocalOutboxSettings settings,
            BundleContext context) {
        this.tenantScope = tenantScope;
        this.directory = directory(settings.directory(), context.getProperty("karaf.data"));
        this.defaultFrom = parseAddress(settings.from());
    }

    LocalOutboxEmailGateway(TenantScope tenantScope, Path directory, EmailAddress defaultFrom) {
        this.tenantScope = tenantScope;
        this.directory = directory;
        this.defaultFrom = defaultFrom;
    }

    @Override
    public QueuedEmail send(EmailMessage message) {
        String id = UUID.randomUUID().toString();
        String messageId = id + "@doganhub.local";
        String tenant = tenantScope.current().map(TenantContext::tenantSlug).orElse("platform");
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        String text = MimeWriter.render(message, defaultFrom, messageId, now, tenant);
        Path file = directory.resolve(safe(tenant)).resolve(FILE_TIME.format(now) + "-" + id + ".eml");
        TransactionSynchronizationRegistry registry = transactions;
        if (registry != null && registry.getTransactionKey() != null) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        writeQuietly(file, text);
                    }
                }
            });
        } else {
            write(file, text);
        }
        return new QueuedEmail(id, "<" + messageId + ">");
    }

    Path directory() {
        return directory;
    }

    private void writeQuietly(Path file, String text) {
        try {
            write(file, text);
        } catch (UncheckedIOException failed) {
            LOG.error("Could not write the committed message {}", file, failed);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot write " + file, failed);
        }
    }

    static Path directory(String configured, String karafData) {
        if (configured != null && !configured.isBlank() && !configured.startsWith("${")) {
            return Path.of(configured.strip());
        }
        return Path.of(karafData == null ? "data" : karafData, "mail", "outbox");
    }

    private static String safe(String slug) {
        return slug.replaceAll("[^a-z0-9-]", "_");
    }

    /** Reads {@code Name <address>} or a bare address. */
    static EmailAddress parseAddress(String text) {
        String value = text.strip();
        int open = value.lastIndexOf('<');
        if (open >= 0 && value.endsWith(">")) {
            String name = value.substring(0, open).strip().replace("\"", "");
            return new EmailAddress(value.substring(open + 1, value.length() - 1).strip(), name.isEmpty() ? null : name);
        }
        return EmailAddress.of(value);
    }
}
