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

    /**
     * Counts a sign-in attempt on the account before the password is checked, so parallel guesses cannot all slip
     * past the limit while bcrypt runs; {@link #succeeded} takes the count back.
     *
     * @throws TooManyRequests when either limit is used up, with the time until it frees
     */
    public void attempt(String tenantSlug, String email, String clientAddress) {
        Instant now = Instant.now();
        Attempts address = counter.peek(addressKey(clientAddress));
        if (address.count() >= perAddress) {
            refuse(address.remaining(now));
        }
        Attempts account = counter.increment(accountKey(tenantSlug, email), window);
        if (account.count() > perAccount) {
            refuse(account.remaining(now));
        }
    }

    /** A wrong password (or tenant, or email): counted against the client address as well. */
    public void failed(String clientAddress) {
        counter.increment(addressKey(clientAddress), window);
    }

    private static void refuse(Duration wait) {
        Duration atLeastASecond = wait.isZero() ? Duration.ofSeconds(1) : wait;
        throw new TooManyRequests("login.too-many-attempts", atLeastASecond, (atLeastASecond.toSeconds() + 59) / 60);
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
