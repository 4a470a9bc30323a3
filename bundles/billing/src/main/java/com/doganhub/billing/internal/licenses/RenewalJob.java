package com.doganhub.billing.internal.licenses;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.billing.internal.BillingClock;
import com.doganhub.billing.internal.BillingConfig;
import com.doganhub.billing.internal.notices.BillingMail;
import com.doganhub.billing.internal.plans.Plans;
import com.doganhub.platform.api.LocalizedText;

/**
 * Reminds owners of licenses that do not renew themselves at 30, 7 and 1 days before expiry, and tells them when a
 * license has expired (any license, a subscription whose renewal never came included). Every node runs it: each
 * notice is keyed by license and expiry, so whichever node gets there first sends it and the others send nothing.
 */
@Component(service = RenewalJob.class, configurationPid = BillingConfig.PID)
public class RenewalJob {

    private static final Logger LOG = LoggerFactory.getLogger(RenewalJob.class);

    private final Licensing licensing;
    private final Plans plans;
    private final BillingMail mail;
    private final BillingClock clock;
    private final ScheduledExecutorService scheduler;

    /** What one run did. */
    public record Run(int licenses, int sent) {
    }

    @Activate
    public RenewalJob(@Reference Licensing licensing, @Reference Plans plans, @Reference BillingMail mail,
            @Reference BillingClock clock, BillingConfig config) {
        this.licensing = licensing;
        this.plans = plans;
        this.mail = mail;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "doganhub-billing-renewals");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, config.jobIntervalSeconds());
        scheduler.scheduleWithFixedDelay(this::runLogged, Math.min(60, interval), interval, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        scheduler.shutdownNow();
    }

    private void runLogged() {
        try {
            Run run = runOnce();
            if (run.sent() > 0) {
                LOG.info("Billing renewals: {} licenses checked, {} notices sent", run.licenses(), run.sent());
            }
        } catch (RuntimeException failed) {
            LOG.warn("Billing renewals failed; the next run tries again", failed);
        }
    }

    /** Checks every license now (the scheduler, the shell and tests call it). */
    public Run runOnce() {
        Instant now = clock.instant();
        int sent = 0;
        int checked = 0;
        for (Licensing.Snapshot license : licensing.all()) {
            checked++;
            boolean renewsItself = license.autoRenew() && license.standing() != PaymentStanding.CANCELED;
            Instant expiresAt = license.info().expiresAt();
            var due = RenewalReminders.due(expiresAt, now, licensing.reminderDays())
                    .filter(reminder -> !renewsItself || reminder.days() == 0);
            if (due.isEmpty()) {
                continue;
            }
            LocalizedText planName = plans.find(license.info().planId())
                    .map(plan -> new LocalizedText(plan.nameAr(), plan.nameEn()))
                    .orElse(new LocalizedText(license.info().planId(), license.info().planId()));
            try {
                if (mail.sendOnce(license.info().tenantId(), due.get().templateId(),
                        license.info().licenseId() + ":" + expiresAt.getEpochSecond(), due.get().templateId(),
                        Map.of("expiryDate", LocalDate.ofInstant(expiresAt, ZoneOffset.UTC).toString(),
                                "renewUrl", licensing.billingUrl()),
                        Map.of("planName", planName))) {
                    sent++;
                }
            } catch (RuntimeException oneFailed) {
                LOG.warn("Billing notice for tenant {} failed; the next run tries again", license.info().tenantId(),
                        oneFailed);
            }
        }
        return new Run(checked, sent);
    }

}
