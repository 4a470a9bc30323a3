package com.doganhub.platform.identity.internal.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.mail.AccountMail;
import com.doganhub.platform.identity.internal.tenants.TenantEntity;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.users.PasswordHasher;
import com.doganhub.platform.identity.internal.users.PasswordPolicy;
import com.doganhub.platform.identity.internal.users.UserDirectory;
import com.doganhub.platform.identity.internal.users.UserEntity;

/**
 * Sign-in, token refresh, logout, password reset and email verification. A wrong tenant, a wrong email and a wrong
 * password all answer the same 401 after the same bcrypt work, so sign-in reveals nothing about who exists.
 */
@Component(service = LoginService.class)
public class LoginService {

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

    @Activate
    public LoginService(@Reference TenantLookup tenants, @Reference UserDirectory users, @Reference PasswordHasher hasher,
            @Reference AccessTokens accessTokens, @Reference RefreshTokens refreshTokens,
            @Reference ActionTokens actionTokens, @Reference LoginThrottle throttle, @Reference AccountMail mail,
            @Reference AuditLog audit, @Reference TenantScope tenantScope) {
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
    }

    public TokenPair login(String tenantSlug, String email, String password, String clientAddress) {
        requireText("tenant", tenantSlug);
        requireText("email", email);
        requireText("password", password);
        throttle.requireAllowed(tenantSlug, email, clientAddress);
        Optional<TenantEntity> tenant = tenants.bySlug(tenantSlug);
        if (tenant.isEmpty()) {
            hasher.spendComparisonTime(password);
            throttle.failed(tenantSlug, email, clientAddress);
            throw new Unauthenticated("login.failed");
        }
        return in(tenant.get(), () -> {
            Optional<UserEntity> user = users.byEmail(email);
            boolean matches = user.isPresent() ? hasher.matches(password, user.get().passwordHash())
                    : spend(password);
            if (!matches) {
                throttle.failed(tenantSlug, email, clientAddress);
                throw new Unauthenticated("login.failed");
            }
            throttle.succeeded(tenantSlug, email);
            CallerResolver.requireActive(tenant.get());
            CallerResolver.requireActive(user.get());
            return issue(tenant.get(), user.get().id(), "login");
        });
    }

    public TokenPair refresh(String refreshToken) {
        TenantEntity tenant = tenantOf(refreshToken);
        return in(tenant, () -> {
            RefreshTokens.Exchange exchange = refreshTokens.exchange(refreshToken.strip());
            UserEntity user = users.byId(exchange.userId()).orElseThrow(() -> new Unauthenticated("refresh-token.invalid"));
            CallerResolver.requireActive(tenant);
            CallerResolver.requireActive(user);
            return TokenPair.bearer(accessTokens.issue(tenant.id(), tenant.slug(), user.id()), exchange.refreshToken(),
                    accessTokens.lifetime().toSeconds());
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

    /** Mails a reset link when the account exists; the caller always answers 202. */
    public void requestPasswordReset(String tenantSlug, String email) {
        requireText("tenant", tenantSlug);
        requireText("email", email);
        Optional<TenantEntity> tenant = tenants.bySlug(tenantSlug);
        if (tenant.isEmpty() || !throttle.resetEmailAllowed(tenantSlug, email)) {
            return;
        }
        in(tenant.get(), () -> {
            users.byEmail(email).filter(UserEntity::isActive)
                    .ifPresent(user -> mail.passwordReset(user, actionTokens.issue(user.id(), ActionTokens.Purpose.PASSWORD_RESET)));
            return null;
        });
    }

    /** Sets a new password with a reset or invitation token; every session of the user ends. */
    public void confirmPasswordReset(String token, String newPassword) {
        TenantEntity tenant = actionTenantOf(token);
        in(tenant, () -> {
            Set<ActionTokens.Purpose> purposes = Set.of(ActionTokens.Purpose.PASSWORD_RESET, ActionTokens.Purpose.INVITATION);
            String userId = actionTokens.peek("token", token.strip(), purposes);
            UserEntity user = users.byId(userId).orElseThrow(() -> new ValidationFailed("token", "action-token.invalid"));
            PasswordPolicy.check("newPassword", newPassword, user.email());
            actionTokens.consume("token", token.strip(), purposes);
            try (TenantScope.Binding asUser = tenantScope.bind(
                    IdentityUnit.actingAs(tenant.id(), tenant.slug(), user.id(), Locale.forLanguageTag(user.locale())))) {
                users.setPassword(user.id(), newPassword, "reset-password");
            }
            return null;
        });
    }

    public void verifyEmail(String token) {
        TenantEntity tenant = actionTenantOf(token);
        in(tenant, () -> {
            String userId = actionTokens.consume("token", token.strip(), Set.of(ActionTokens.Purpose.EMAIL_VERIFICATION));
            UserEntity user = users.byId(userId).orElseThrow(() -> new ValidationFailed("token", "action-token.invalid"));
            try (TenantScope.Binding asUser = tenantScope.bind(
                    IdentityUnit.actingAs(tenant.id(), tenant.slug(), user.id(), Locale.forLanguageTag(user.locale())))) {
                users.markEmailVerified(user.id());
            }
            return null;
        });
    }

    private TokenPair issue(TenantEntity tenant, String userId, String action) {
        try (TenantScope.Binding asUser = tenantScope.bind(
                IdentityUnit.actingAs(tenant.id(), tenant.slug(), userId, Locale.ENGLISH))) {
            audit.record(AuditEvent.of("session", userId, action));
            return TokenPair.bearer(accessTokens.issue(tenant.id(), tenant.slug(), userId),
                    refreshTokens.startFamily(userId), accessTokens.lifetime().toSeconds());
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

    private boolean spend(String password) {
        hasher.spendComparisonTime(password);
        return false;
    }

    private <T> T in(TenantEntity tenant, java.util.concurrent.Callable<T> work) {
        TenantContext system = IdentityUnit.systemIn(tenant.id(), tenant.slug());
        try {
            return tenantScope.callAs(system, work);
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailed(field, "required");
        }
    }
}
