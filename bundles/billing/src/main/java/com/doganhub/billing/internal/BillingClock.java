package com.doganhub.billing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Billing's time. The system clock, unless a {@link Clock} service with {@code doganhub.clock=billing} is registered:
 * that is how a rehearsal or a time-travel test moves licenses through reminders, expiry and grace without waiting
 * for a month to pass.
 */
@Component(service = BillingClock.class)
public class BillingClock {

    public static final String OVERRIDE = "(doganhub.clock=billing)";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = OVERRIDE)
    private volatile Clock override;

    public Instant instant() {
        Clock clock = override;
        return clock == null ? Instant.now() : clock.instant();
    }

    /** Now in UTC, to the second, as the billing tables store time. */
    public LocalDateTime now() {
        return utc(instant());
    }

    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).withNano(0);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
