package com.doganhub.integration.outbox.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.integration.api.Capability;
import com.doganhub.integration.api.ChainLink;
import com.doganhub.integration.api.ProviderChains;
import com.doganhub.integration.api.email.EmailAddress;
import com.doganhub.integration.api.email.EmailDeliveryFailed;
import com.doganhub.integration.api.email.EmailMessage;
import com.doganhub.integration.api.email.EmailRoutes;
import com.doganhub.integration.api.email.OutboundEmail;
import com.doganhub.integration.api.outbox.OutboxDelivery;
import com.doganhub.integration.api.outbox.OutboxHandler;
import com.doganhub.integration.api.outbox.OutboxOutcome;
import com.doganhub.platform.api.SecretMask;
import com.doganhub.platform.api.TenantContext;

/**
 * Claims due outbox rows and sends each email through the tenant's provider chain, in order: the first provider that
 * accepts it wins; a permanent refusal dead-letters it; when every provider is unavailable it waits for its next
 * attempt (exponential backoff with jitter) until its attempts run out. Rows of other kinds go to the {@link
 * OutboxHandler} registered for their kind, under the same claims, retries and dead letters.
 *
 * <p>Exactly once: a row is claimed by one dispatcher at a time (row lock + claim token + lease), and its outcome is
 * written only while that claim holds. The one window left is a crash after a provider accepted the message and
 * before the outcome committed: the row is then sent again when its lease runs out, with the same Message-ID and
 * idempotency key, which SMTP receivers, SendGrid and Mailgun carry through so the duplicate is recognisable. The
 * outcome commit follows the provider's answer directly to keep that window to milliseconds.
 */
@Component(service = OutboxDispatcher.class, configurationPid = OutboxSettings.PID)
@Designate(ocd = OutboxSettings.class)
public class OutboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration KEEP_SENT = Duration.ofDays(7);
    static final long PASS_BUDGET_MILLIS = 1_000;
    private static final Duration NO_HANDLER_WAIT = Duration.ofSeconds(30);

    private final OutboxStore store;
    private final ProviderChains chains;
    private final ProducerTemplate producer;
    private final OutboxSettings settings;
    private final RetryPolicy retries;
    private final String node;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService senders;
    /** Free send slots: as many as {@code parallelism}; a claim never takes more rows than there are free slots. */
    private final Semaphore slots;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong unconfirmed = new AtomicLong();
    private final AtomicInteger passes = new AtomicInteger();
    private volatile boolean stopping;

    private volatile com.doganhub.platform.api.metrics.MetricRecorder recorder;

    @org.osgi.service.component.annotations.Reference(
            cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void setRecorder(com.doganhub.platform.api.metrics.MetricRecorder metrics) {
        this.recorder = metrics;
    }

    void unsetRecorder(com.doganhub.platform.api.metrics.MetricRecorder metrics) {
        if (recorder == metrics) {
            recorder = null;
        }
    }

    private void timeCall(String provider, String outcome, long startedNanos) {
        timeCall(OutboxEmailGateway.KIND, provider, outcome, startedNanos);
    }

    private void timeCall(String capability, String provider, String outcome, long startedNanos) {
        com.doganhub.platform.api.metrics.MetricRecorder metrics = recorder;
        if (metrics != null) {
            metrics.time(com.doganhub.platform.api.metrics.MetricRecorder.PROVIDER_CALLS, java.util.Map.of(
                    "capability", capability, "provider", provider, "operation", "send", "outcome", outcome),
                    java.time.Duration.ofNanos(System.nanoTime() - startedNanos));
        }
    }

    @Activate
    public OutboxDispatcher(@Reference OutboxStore store, @Reference ProviderChains chains,
            @Reference ProducerTemplate producer, OutboxSettings settings, BundleContext context) {
        this.store = store;
        this.chains = chains;
        this.producer = producer;
        this.settings = settings;
        this.retries = new RetryPolicy(Duration.ofSeconds(Math.max(1, settings.retryBaseSeconds())),
                Duration.ofSeconds(Math.max(1, settings.retryMaxSeconds())), Math.max(1, settings.maxAttempts()));
        this.node = nodeName(settings.node(), context.getProperty("karaf.name"));
        AtomicInteger threads = new AtomicInteger();
        this.slots = new Semaphore(Math.max(1, settings.parallelism()));
        this.senders = Executors.newFixedThreadPool(Math.max(1, settings.parallelism()), runnable -> {
            Thread thread = new Thread(runnable, "doganhub-outbox-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // Claims a crashed predecessor left come back when their lease ends; releasing them here could hand out a
        // row whose send is still running (a restart of this component, or a second Karaf with the same node name).
    }

    /**
     * Stops taking new rows and waits for the sends in flight, so their outcomes commit: a row abandoned mid-send
     * would be sent again after its lease. Sends are bounded by the providers' own timeouts.
     */
    @Deactivate
    void stop() {
        stopping = true;
        senders.shutdown();
        try {
            if (!senders.awaitTermination(settings.leaseSeconds() / 2, TimeUnit.SECONDS)) {
                LOG.warn("Outbox sends still running at stop; their rows return to the queue when their lease ends");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    long pollMillis() {
        return Math.max(50, settings.pollMillis());
    }

    /**
     * One pass: keeps every send slot busy, claiming as many due rows as there are free slots (at most a batch), until
     * none is due, {@code keepGoing} says the route is stopping, or the pass has run for {@value #PASS_BUDGET_MILLIS}
     * ms. There is no barrier between batches: a slot is refilled as soon as its send ends, so one slow message does
     * not hold the others up. Removing the route waits for the pass in flight, so the budget bounds a bundle stop;
     * sends still running then finish under {@link #stop()}. Called by the dispatcher route.
     */
    public int dispatchDue(BooleanSupplier keepGoing) throws InterruptedException {
        int total = 0;
        int batch = Math.max(1, settings.batchSize());
        long budgetEnds = System.nanoTime() + PASS_BUDGET_MILLIS * 1_000_000L;
        Duration lease = Duration.ofSeconds(Math.max(30, settings.leaseSeconds()));
        while (!stopping && keepGoing.getAsBoolean() && System.nanoTime() < budgetEnds) {
            if (!slots.tryAcquire(PASS_BUDGET_MILLIS, TimeUnit.MILLISECONDS)) {
                break;
            }
            int free = 1 + slots.drainPermits();
            List<OutboxStore.Claimed> claimed;
            try {
                claimed = store.claim(Math.min(free, batch), node, lease, clock.instant());
            } catch (RuntimeException unavailable) {
                slots.release(free);
                throw unavailable;
            }
            slots.release(free - claimed.size());
            for (OutboxStore.Claimed row : claimed) {
                senders.execute(() -> {
                    try {
                        deliver(row);
                    } catch (RuntimeException unexpected) {
                        LOG.error("Outbox send of {} failed unexpectedly", row.id(), unexpected);
                        try {
                            retryLater(row, null, "unexpected " + reason(unexpected));
                        } catch (RuntimeException alsoFailed) {
                            LOG.error("Outbox row {} returns after its lease", row.id(), alsoFailed);
                        }
                    } finally {
                        slots.release();
                    }
                });
            }
            total += claimed.size();
            if (claimed.isEmpty()) {
                break; // nothing due: wait for the timer; while rows keep coming, claim again at once
            }
        }
        if (passes.incrementAndGet() % 14_400 == 0) { // about hourly at the default poll interval
            store.purgeSent(KEEP_SENT, clock.instant());
        }
        return total;
    }

    /**
     * The handlers of the other kinds, by kind. A message whose handler is not installed waits like one whose providers
     * are all down: uninstalling a module delays its effects, it never drops them.
     */
    private final java.util.Map<String, OutboxHandler> handlers = new java.util.concurrent.ConcurrentHashMap<>();

    @org.osgi.service.component.annotations.Reference(
            cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void addHandler(OutboxHandler handler, java.util.Map<String, Object> properties) {
        Object kind = properties.get(OutboxHandler.KIND);
        if (kind == null || OutboxEmailGateway.KIND.equals(kind)) {
            LOG.warn("Outbox handler {} ignored: its {} property is missing or reserved", handler, OutboxHandler.KIND);
            return;
        }
        handlers.put(String.valueOf(kind), handler);
    }

    void removeHandler(OutboxHandler handler, java.util.Map<String, Object> properties) {
        handlers.remove(String.valueOf(properties.get(OutboxHandler.KIND)), handler);
    }

    void deliver(OutboxStore.Claimed row) {
        if (!OutboxEmailGateway.KIND.equals(row.kind())) {
            deliverThroughHandler(row);
            return;
        }
        EmailMessage message;
        try {
            message = EmailPayload.read(row.payload());
        } catch (IllegalArgumentException unreadable) {
            dead(row, null, unreadable.getMessage());
            return;
        }
        String tenantId = TenantContext.PLATFORM_SLUG.equals(row.tenantId()) ? null : row.tenantId();
        List<ChainLink> chain = chains.resolve(Capability.EMAIL, tenantId);
        if (chain.isEmpty()) {
            retryLater(row, null, "no installed email provider is in the configured chain");
            return;
        }
        String unconfirmedBy = row.unconfirmedBy();
        if (unconfirmedBy != null && chain.stream().anyMatch(link -> link.name().equals(unconfirmedBy))) {
            // The last attempt may have reached this provider: only it may try again, or a copy goes elsewhere.
            chain = chain.stream().filter(link -> link.name().equals(unconfirmedBy)).toList();
        }
        List<String> failures = new ArrayList<>();
        String lastProvider = null;
        for (ChainLink link : chain) {
            lastProvider = link.name();
            OutboundEmail outbound;
            try {
                outbound = new OutboundEmail(row.id(), row.tenantSlug(), row.messageId(), sender(message, link), message,
                        link.settings());
            } catch (IllegalArgumentException badSender) {
                failures.add(link.name() + ": no valid sender configured");
                continue;
            }
            String providerMessageId;
            long callStarted = System.nanoTime();
            try {
                providerMessageId = producer.requestBody(EmailRoutes.endpoint(link.name()), outbound, String.class);
                timeCall(link.name(), "sent", callStarted);
            } catch (RuntimeException failed) {
                Throwable cause = failed instanceof CamelExecutionException && failed.getCause() != null
                        ? failed.getCause() : failed;
                timeCall(link.name(), cause instanceof EmailDeliveryFailed refused && refused.permanent() ? "rejected"
                        : cause instanceof EmailDeliveryFailed unknown && unknown.unconfirmed() ? "unconfirmed"
                        : "unavailable", callStarted);
                if (cause instanceof EmailDeliveryFailed refused && refused.permanent()) {
                    dead(row, link.name(), link.name() + ": " + SecretMask.scrub(refused.reason()));
                    return;
                }
                if (cause instanceof EmailDeliveryFailed unknown && unknown.unconfirmed()) {
                    // The provider may hold it: another provider now would make a second copy for certain.
                    unconfirmed.incrementAndGet();
                    LOG.warn("Outbox message {} may have been taken by {} without an answer; it is tried again later "
                            + "with the same Message-ID", row.id(), link.name());
                    retryLater(row, link.name(), OutboxStore.UNCONFIRMED + link.name() + ": " + reason(cause));
                    return;
                }
                failures.add(link.name() + ": " + reason(cause));
                continue;
            }
            // Outside the provider's try: a database failure here must never send the message through the next one.
            if (store.markSent(row, link.name(), providerMessageId, clock.instant())) {
                sent.incrementAndGet();
            } else {
                LOG.warn("Outbox message {} was sent by {} after its claim ran out", row.id(), link.name());
            }
            return;
        }
        failedAttempts.incrementAndGet();
        retryLater(row, lastProvider, String.join("; ", failures));
    }

    private void deliverThroughHandler(OutboxStore.Claimed row) {
        OutboxHandler handler = handlers.get(row.kind());
        if (handler == null) {
            // its module is not installed (yet, or for a while): it waits without using up its attempts
            store.postpone(row, "no handler for '" + row.kind() + "' is installed", clock.instant().plus(NO_HANDLER_WAIT));
            return;
        }
        OutboxOutcome outcome;
        long callStarted = System.nanoTime();
        try {
            outcome = handler.deliver(new OutboxDelivery(row.id(), row.kind(), row.tenantId(), row.tenantSlug(),
                    OutboxService.key(row.kind(), row.messageId()), row.payload(), row.attempts()));
        } catch (RuntimeException failed) {
            outcome = OutboxOutcome.retry("unexpected " + reason(failed));
        }
        timeCall(row.kind(), row.kind(), outcome.result().name().toLowerCase(java.util.Locale.ROOT), callStarted);
        String why = outcome.reason() == null ? "" : SecretMask.scrub(outcome.reason());
        switch (outcome.result()) {
            case DONE -> {
                if (store.markSent(row, row.kind(), outcome.reference(), clock.instant())) {
                    sent.incrementAndGet();
                }
            }
            case DEAD -> dead(row, row.kind(), why);
            case RETRY -> {
                failedAttempts.incrementAndGet();
                retryLater(row, row.kind(), why, handler.maxAttempts());
            }
        }
    }

    private EmailAddress sender(EmailMessage message, ChainLink link) {
        if (message.from() != null) {
            return message.from();
        }
        String configured = link.settings().get("from");
        return Addresses.parse(configured == null || configured.isBlank() ? settings.from() : configured);
    }

    private void retryLater(OutboxStore.Claimed row, String provider, String reason) {
        retryLater(row, provider, reason, 0);
    }

    /** @param maxAttempts the kind's own budget, or 0 for the outbox's {@code maxAttempts} */
    private void retryLater(OutboxStore.Claimed row, String provider, String reason, int maxAttempts) {
        if (maxAttempts > 0 ? row.attempts() >= maxAttempts : retries.exhausted(row.attempts())) {
            dead(row, provider, "gave up after " + row.attempts() + " attempts: " + reason);
            return;
        }
        Instant next = clock.instant().plus(retries.delayAfter(row.attempts(), ThreadLocalRandom.current()::nextDouble));
        store.reschedule(row, provider, reason, next);
        LOG.info("Outbox message {} (attempt {}) will be retried at {}: {}", row.id(), row.attempts(), next, reason);
    }

    private void dead(OutboxStore.Claimed row, String provider, String reason) {
        if (store.markDead(row, provider, reason, clock.instant())) {
            deadLettered.incrementAndGet();
            LOG.warn("Outbox message {} is dead-lettered: {}", row.id(), reason);
        }
    }

    private static String reason(Throwable cause) {
        if (cause instanceof EmailDeliveryFailed failed) {
            return SecretMask.scrub(failed.reason());
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + SecretMask.scrub(message));
    }

    static String nodeName(String configured, String karafName) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "localhost";
        }
        return (karafName == null ? "karaf" : karafName) + "@" + host;
    }

    /** Since this dispatcher started: accepted, attempts no provider took, dead letters, unconfirmed hand-overs. */
    long[] counters() {
        return new long[] { sent.get(), failedAttempts.get(), deadLettered.get(), unconfirmed.get() };
    }

    String node() {
        return node;
    }
}
