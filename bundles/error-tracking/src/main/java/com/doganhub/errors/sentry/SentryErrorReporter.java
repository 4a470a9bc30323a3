package com.doganhub.errors.sentry;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.SecretMask;
import com.doganhub.platform.api.error.ErrorReporter;
import com.doganhub.platform.api.error.UnhandledError;

import io.sentry.SentryClient;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import io.sentry.AsyncHttpTransportFactory;

/**
 * Sends each unhandled API error to Sentry when a DSN is set. It builds its own {@link SentryClient} instead of
 * {@code Sentry.init}: no global hub, no uncaught-exception handler or shutdown hook installed in the container, and
 * the bundle can be stopped and updated like any other. Events carry the error, request and tenant ids, the route
 * and the release; never a user, a request body or a header, and every message is passed through
 * {@link SecretMask#scrub}.
 */
@Component(service = ErrorReporter.class, configurationPid = SentrySettings.PID)
@Designate(ocd = SentrySettings.class)
public class SentryErrorReporter implements ErrorReporter {

    private static final Logger LOG = LoggerFactory.getLogger(SentryErrorReporter.class);

    private final SentryClient client;

    @Activate
    public SentryErrorReporter(SentrySettings settings, BundleContext context) {
        String dsn = blankToNull(settings.dsn());
        String release = blankToNull(settings.release());
        this.client = dsn == null ? null : client(dsn, environment(settings.environment()),
                release != null ? release : "doganhub@" + context.getBundle().getVersion());
        if (client != null) {
            LOG.info("Unhandled errors are reported to Sentry ({})", SecretMask.scrub(dsn));
        }
    }

    static SentryClient client(String dsn, String environment, String release) {
        SentryOptions options = new SentryOptions();
        options.setDsn(dsn);
        options.setEnvironment(environment);
        options.setRelease(release);
        options.setSendDefaultPii(false);
        options.setEnableUncaughtExceptionHandler(false);
        options.setEnableShutdownHook(false);
        options.setEnableExternalConfiguration(false);
        options.setEnableAutoSessionTracking(false);
        options.setAttachServerName(false);
        options.setTransportFactory(new AsyncHttpTransportFactory());
        options.setBeforeSend((event, hint) -> scrubbed(event));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SentryClient.class.getClassLoader());
        try {
            return new SentryClient(options);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Deactivate
    void close() {
        if (client != null) {
            client.flush(Duration.ofSeconds(2).toMillis());
            client.close();
        }
    }

    @Override
    public void report(UnhandledError error) {
        if (client != null) {
            send(client, error);
        }
    }

    static void send(SentryClient client, UnhandledError error) {
        SentryEvent event = new SentryEvent(error.failure());
        event.setLevel(SentryLevel.ERROR);
        event.setTag("error_id", error.errorId());
        if (error.requestId() != null) {
            event.setTag("request_id", error.requestId());
        }
        if (error.tenantId() != null) {
            event.setTag("tenant_id", error.tenantId());
        }
        if (error.route() != null) {
            event.setTransaction(error.route());
        }
        client.captureEvent(event);
    }

    /** Waits until queued events are sent (tests, and a clean stop). */
    void flush(Duration timeout) {
        if (client != null) {
            client.flush(timeout.toMillis());
        }
    }

    private static SentryEvent scrubbed(SentryEvent event) {
        if (event.getExceptions() != null) {
            for (SentryException exception : event.getExceptions()) {
                exception.setValue(SecretMask.scrub(exception.getValue()));
            }
        }
        Message message = event.getMessage();
        if (message != null) {
            message.setMessage(SecretMask.scrub(message.getMessage()));
            message.setFormatted(SecretMask.scrub(message.getFormatted()));
        }
        event.setUser(null);
        event.setRequest(null);
        return event;
    }

    private static String environment(String configured) {
        String value = blankToNull(configured);
        return value == null ? "development" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() || value.startsWith("${env:") ? null : value.strip();
    }
}
