package com.doganhub.platform.identity.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.doganhub.platform.api.error.TooManyRequests;
import com.doganhub.platform.api.security.AttemptCounter;
import com.doganhub.platform.api.security.Attempts;
import com.doganhub.platform.identity.internal.IdentitySettings;

/**
 * Limits failed sign-ins per account (tenant + email) and per client address, and password-reset requests per
 * account. Counts live in the highest-ranked {@link AttemptCounter} (in memory by default, Redis when installed).
 */
@Component(service = LoginThrottle.class, configurationPid = IdentitySettings.PID)
public class LoginThrottle {

    static final int RESET_REQUESTS_PER_HOUR = 3;

    private final AttemptCounter counter;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    @Activate
    public LoginThrottle(@Reference(policyOption = ReferencePolicyOption.GREEDY) AttemptCounter counter,
            IdentitySettings settings) {
        this.counter = counter;
        this.perAccount = Math.max(1, settings.login_max_failures_per_account());
        this.perAddress = Math.max(1, settings.login_max_failures_per_address());
        this.window = Duration.ofSeconds(Math.max(1, settings.login_window_seconds()));
    }

    /** @throws TooManyRequests when either limit is used up, with the time until it frees */
    public void requireAllowed(String tenantSlug, String email, String clientAddress) {
        Instant now = Instant.now();
        Attempts account = counter.peek(accountKey(tenantSlug, email));
        Attempts address = counter.peek(addressKey(clientAddress));
        Duration wait = Duration.ZERO;
        if (account.count() >= perAccount) {
            wait = account.remaining(now);
        }
        if (address.count() >= perAddress && address.remaining(now).compareTo(wait) > 0) {
            wait = address.remaining(now);
        }
        if (!wait.isZero()) {
            throw new TooManyRequests("login.too-many-attempts", wait, (wait.toSeconds() + 59) / 60);
        }
    }

    public void failed(String tenantSlug, String email, String clientAddress) {
        counter.increment(accountKey(tenantSlug, email), window);
        counter.increment(addressKey(clientAddress), window);
    }

    public void succeeded(String tenantSlug, String email) {
        counter.reset(accountKey(tenantSlug, email));
    }

    /** Whether another reset email may go to this account this hour (silently not sent otherwise). */
    public boolean resetEmailAllowed(String tenantSlug, String email) {
        return counter.increment("reset:" + normalized(tenantSlug) + ":" + normalized(email), Duration.ofHours(1))
                .count() <= RESET_REQUESTS_PER_HOUR;
    }

    private static String accountKey(String tenantSlug, String email) {
        return "login:account:" + normalized(tenantSlug) + ":" + normalized(email);
    }

    private static String addressKey(String clientAddress) {
        return "login:address:" + (clientAddress == null ? "unknown" : clientAddress);
    }

    private static String normalized(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
