package com.doganhub.platform.identity.internal.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.identity.internal.FieldChecks;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.mail.AccountMail;
import com.doganhub.platform.identity.internal.tenants.TenantEntity;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.users.PasswordHasher;
import com.doganhub.platform.identity.internal.users.PasswordPolicy;
import com.doganhub.platform.identity.internal.users.UserDirectory;
import com.doganhub.platform.identity.internal.users.UserEntity;
import com.doganhub.platform.persistence.api.TenantJpa;

/**
 * Sign-in, token refresh, logout, password reset and email verification. A wrong tenant, a wrong email and a wrong
 * password all answer the same 401 after the same bcrypt work, and a reset request answers before it knows whether
 * the account exists, so neither reveals who has an account.
 */
@Component(service = LoginService.class)
public class LoginService {

    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);
    private static final Set<ActionTokens.Purpose> SETS_PASSWORD = Set.of(ActionTokens.Purpose.PASSWORD_RESET,
            ActionTokens.Purpose.INVITATION);

    private final TenantLookup tenants;
    private final UserDirectory users;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final ActionTokens actionTokens;
    private final LoginThrottle throttle;
    private final AccountMail mail;
    private final AuditLog audit;
    private final TenantScope tenantScope;
    private final JpaTemplate jpa;
    private final TenantJpa tenantJpa;
    /** Reset mails leave after the answer; a bounded queue, so a flood of requests cannot exhaust memory. */
    private final ExecutorService resetMails = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "doganhub-reset-mails");
                thread.setDaemon(true);
                return thread;
            });

    @Activate
    public LoginService(@Reference TenantLookup tenants, @Reference UserDirectory users, @Reference PasswordHasher hasher,
            @Reference AccessTokens accessTokens, @Reference RefreshTokens refreshTokens,
            @Reference ActionTokens actionTokens, @Reference LoginThrottle throttle, @Reference AccountMail mail,
            @Reference AuditLog audit, @Reference TenantScope tenantScope,
            @Reference(target = IdentityUnit.JPA) JpaTemplate jpa, @Reference TenantJpa tenantJpa) {
        this.tenants = tenants;
        this.users = users;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.actionTokens = actionTokens;
        this.throttle = throttle;
        this.mail = mail;
        this.audit = audit;
        this.tenantScope = tenantScope;
        this.jpa = jpa;
        this.tenantJpa = tenantJpa;
    }

    @Deactivate
    void stop() throws InterruptedException {
        resetMails.shutdown();
        resetMails.awaitTermination(10, TimeUnit.SECONDS);
    }

    public TokenPair login(String tenantSlug, String email, String password, String clientAddress) {
        FieldChecks.requiredText("tenant", tenantSlug);
        FieldChecks.requiredText("email", email);
        FieldChecks.requiredText("password", password);
        throttle.attempt(tenantSlug, email, clientAddress);
        Optional<TenantEntity> tenant = tenants.bySlug(tenantSlug);
        if (tenant.isEmpty()) {
            hasher.spendComparisonTime(password);
            throttle.failed(clientAddress);
            throw new Unauthenticated("login.failed");
        }
        return in(tenant.get(), () -> {
            Optional<UserEntity> user = users.byEmail(email);
            // An unknown user costs the same bcrypt comparison as a wrong password.
            boolean matches = hasher.matches(password, user.map(UserEntity::passwordHash).orElse(null));
            if (!matches) {
                throttle.failed(clientAddress);
                throw new Unauthenticated("login.failed");
            }
            throttle.succeeded(tenantSlug, email);
            CallerResolver.requireActive(tenant.get());
            CallerResolver.requireActive(user.get());
            return issue(tenant.get(), user.get().id());
        });
    }

    public TokenPair refresh(String refreshToken) {
        TenantEntity tenant = tenantOf(refreshToken);
        CallerResolver.requireActive(tenant);
        return in(tenant, () -> {
            RefreshTokens.Exchange exchange = refreshTokens.exchange(refreshToken.strip(), userId -> CallerResolver
                    .requireActive(users.byId(userId).orElseThrow(() -> new Unauthenticated("refresh-token.invalid"))));
            return TokenPair.bearer(accessTokens.issue(tenant.id(), tenant.slug(), exchange.userId()),
                    exchange.refreshToken(), accessTokens.lifetime().toSeconds());
        });
    }

    /** Ends the session the refresh token belongs to; unknown or foreign tokens are ignored (logout is idempotent). */
    public void logout(String refreshToken) {
        Optional<TenantEntity> tenant = SecureTokens.tenantOf(refreshToken).flatMap(tenants::byId);
        tenant.ifPresent(found -> in(found, () -> {
            refreshTokens.revokeFamilyOf(refreshToken.strip());
            return null;
        }));
    }

    /**
     * Queues the reset mail and returns at once; whether the account exists is only looked at in the background,
     * so the answer takes the same time either way.
     */
    public void requestPasswordReset(String tenantSlug, String email) {
        FieldChecks.requiredText("tenant", tenantSlug);
        FieldChecks.requiredText("email", email);
        try {
            resetMails.execute(() -> sendReset(tenantSlug, email));
        } catch (RejectedExecutionException full) {
            LOG.warn("Password reset requests are arriving faster than they can be mailed; one was dropped");
        }
    }

    private void sendReset(String tenantSlug, String email) {
        try {
            Optional<TenantEntity> tenant = tenants.bySlug(tenantSlug);
            if (tenant.isEmpty() || !throttle.resetEmailAllowed(tenantSlug, email)) {
                return;
            }
            in(tenant.get(), () -> tenantJpa.inTransaction(jpa, em -> {
                users.byEmail(email).filter(UserEntity::isActive).ifPresent(user -> mail.passwordReset(user,
                        actionTokens.issue(user.id(), ActionTokens.Purpose.PASSWORD_RESET)));
                return null;
            }));
        } catch (RuntimeException failed) {
            LOG.error("A password reset mail could not be prepared", failed);
        }
    }

    /**
     * Sets a new password with a reset or invitation token. The password is checked before the token is spent, and
     * spending it, the new hash, the end of every session and of every other open link commit together.
     */
    public void confirmPasswordReset(String token, String newPassword) {
        TenantEntity tenant = actionTenantOf(token);
        in(tenant, () -> {
            String userId = actionTokens.peek("token", token.strip(), SETS_PASSWORD);
            UserEntity user = users.byId(userId).orElseThrow(() -> new ValidationFailed("token", "action-token.invalid"));
            PasswordPolicy.check("newPassword", newPassword, user.email());
            try (TenantScope.Binding asUser = tenantScope.bind(
                    IdentityUnit.actingAs(tenant.id(), tenant.slug(), user.id(), Locale.forLanguageTag(user.locale())))) {
                tenantJpa.inTransaction(jpa, em -> {
                    actionTokens.consume("token", token.strip(), SETS_PASSWORD);
                    users.setPassword(user.id(), newPassword, "reset-password");
                    actionTokens.supersede(user.id(), SETS_PASSWORD);
                    return null;
                });
            }
            return null;
        });
    }

    public void verifyEmail(String token) {
        TenantEntity tenant = actionTenantOf(token);
        in(tenant, () -> {
            Set<ActionTokens.Purpose> verification = Set.of(ActionTokens.Purpose.EMAIL_VERIFICATION);
            String userId = actionTokens.peek("token", token.strip(), verification);
            UserEntity user = users.byId(userId).orElseThrow(() -> new ValidationFailed("token", "action-token.invalid"));
            try (TenantScope.Binding asUser = tenantScope.bind(
                    IdentityUnit.actingAs(tenant.id(), tenant.slug(), user.id(), Locale.forLanguageTag(user.locale())))) {
                tenantJpa.inTransaction(jpa, em -> {
                    actionTokens.consume("token", token.strip(), verification);
                    users.markEmailVerified(user.id());
                    return null;
                });
            }
            return null;
        });
    }

    private TokenPair issue(TenantEntity tenant, String userId) {
        try (TenantScope.Binding asUser = tenantScope.bind(
                IdentityUnit.actingAs(tenant.id(), tenant.slug(), userId, Locale.ENGLISH))) {
            return tenantJpa.inTransaction(jpa, em -> {
                audit.record(AuditEvent.of("session", userId, "login"));
                return TokenPair.bearer(accessTokens.issue(tenant.id(), tenant.slug(), userId),
                        refreshTokens.startFamily(userId), accessTokens.lifetime().toSeconds());
            });
        }
    }

    private TenantEntity tenantOf(String refreshToken) {
        return SecureTokens.tenantOf(refreshToken).flatMap(tenants::byId)
                .orElseThrow(() -> new Unauthenticated("refresh-token.invalid"));
    }

    private TenantEntity actionTenantOf(String token) {
        return SecureTokens.tenantOf(token).flatMap(tenants::byId)
                .orElseThrow(() -> new ValidationFailed("token", "action-token.invalid"));
    }

    private <T> T in(TenantEntity tenant, Supplier<T> work) {
        try (TenantScope.Binding asSystem = tenantScope.bind(IdentityUnit.systemIn(tenant.id(), tenant.slug()))) {
            return work.get();
        }
    }
}
