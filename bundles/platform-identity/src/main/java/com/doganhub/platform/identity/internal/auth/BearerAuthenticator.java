package com.doganhub.platform.identity.internal.auth;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.doganhub.platform.api.RequestAuthenticator;
import com.doganhub.platform.api.RequestCredentials;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.error.Unauthenticated;

/** Recognises {@code Authorization: Bearer <access token>} and turns it into the caller's context. */
@Component(service = RequestAuthenticator.class)
public class BearerAuthenticator implements RequestAuthenticator {

    static final String SCHEME = "bearer ";

    private final AccessTokens tokens;
    private final CallerResolver callers;

    @Activate
    public BearerAuthenticator(@Reference AccessTokens tokens, @Reference CallerResolver callers) {
        this.tokens = tokens;
        this.callers = callers;
    }

    @Override
    public Optional<TenantContext> authenticate(RequestCredentials credentials) {
        String header = credentials.authorization();
        if (header == null || header.length() < SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        if (token.isEmpty()) {
            throw new Unauthenticated("token.invalid");
        }
        AccessTokens.Subject subject = tokens.verify(token);
        return Optional.of(callers.resolve(subject.tenantId(), subject.userId(), subject.issuedAt(), credentials.locale()));
    }
}
