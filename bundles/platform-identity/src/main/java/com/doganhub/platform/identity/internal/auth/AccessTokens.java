package com.doganhub.platform.identity.internal.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.error.Unauthenticated;
import com.doganhub.platform.identity.internal.IdentitySettings;
import com.doganhub.platform.identity.internal.SecretFiles;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs and verifies access tokens: JWTs (type {@code at+jwt}) with the one configured HMAC algorithm. A token
 * with any other algorithm, {@code alg: none} included, is refused before its signature is looked at.
 */
@Component(service = AccessTokens.class, configurationPid = IdentitySettings.PID)
@Designate(ocd = IdentitySettings.class)
public class AccessTokens {

    static final String TENANT_CLAIM = "tid";
    static final String SLUG_CLAIM = "ten";
    static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);

    private final JWSAlgorithm algorithm;
    private final MACSigner signer;
    private final MACVerifier verifier;
    private final String issuer;
    private final Duration lifetime;

    @Activate
    public AccessTokens(IdentitySettings settings, BundleContext context) throws JOSEException {
        this(settings, secret(settings.jwt_secret(), context));
    }

    AccessTokens(IdentitySettings settings, byte[] secret) throws JOSEException {
        this.algorithm = JWSAlgorithm.parse(settings.jwt_algorithm().strip());
        if (!ALLOWED.contains(algorithm)) {
            throw new IllegalArgumentException("jwt.algorithm must be HS256, HS384 or HS512, not " + algorithm);
        }
        int needed = Integer.parseInt(algorithm.getName().substring(2)) / 8;
        if (secret.length < needed) {
            throw new IllegalArgumentException("jwt.secret must be at least " + needed + " bytes for " + algorithm
                    + " (it has " + secret.length + ")");
        }
        this.signer = new MACSigner(secret);
        this.verifier = new MACVerifier(secret);
        this.issuer = settings.jwt_issuer();
        this.lifetime = Duration.ofSeconds(Math.max(60, settings.access_ttl_seconds()));
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(String tenantId, String tenantSlug, String userId) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(userId)
                .claim(TENANT_CLAIM, tenantId).claim(SLUG_CLAIM, tenantSlug)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(TYPE).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException signing) {
            throw new IllegalStateException("cannot sign an access token", signing);
        }
        return jwt.serialize();
    }

    /** @throws Unauthenticated {@code token.invalid} or {@code token.expired} */
    public Subject verify(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException notAJws) {
            throw new Unauthenticated("token.invalid"); // includes alg "none": an unsecured JWT is not a JWS
        }
        try {
            if (!algorithm.equals(jwt.getHeader().getAlgorithm()) || !TYPE.equals(jwt.getHeader().getType())
                    || !jwt.verify(verifier)) {
                throw new Unauthenticated("token.invalid");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer.equals(claims.getIssuer()) || claims.getExpirationTime() == null) {
                throw new Unauthenticated("token.invalid");
            }
            if (claims.getExpirationTime().toInstant().plus(CLOCK_SKEW).isBefore(Instant.now())) {
                throw new Unauthenticated("token.expired");
            }
            String tenantId = claims.getStringClaim(TENANT_CLAIM);
            String slug = claims.getStringClaim(SLUG_CLAIM);
            if (tenantId == null || slug == null || claims.getSubject() == null) {
                throw new Unauthenticated("token.invalid");
            }
            Instant issued = claims.getIssueTime() == null ? Instant.EPOCH : claims.getIssueTime().toInstant();
            return new Subject(tenantId, slug, claims.getSubject(), issued);
        } catch (JOSEException | ParseException unreadable) {
            throw new Unauthenticated("token.invalid");
        }
    }

    /** Who a verified token names, and when it was issued (whole seconds). */
    public record Subject(String tenantId, String tenantSlug, String userId, Instant issuedAt) {
    }

    /**
     * The configured secret, or a random one generated once under {@code data/security} (owner-readable only).
     * An unresolved {@code ${env:JWT_SECRET}} counts as empty.
     */
    static byte[] secret(String configured, BundleContext context) {
        if (SecretFiles.isSet(configured)) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = SecretFiles.dataDirectory(context).resolve("security/jwt-secret");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] generated = new byte[64];
            new SecureRandom().nextBytes(generated);
            SecretFiles.writeOwnerOnly(file, Base64.getEncoder().encodeToString(generated));
            LOG.warn("No jwt.secret is configured: generated a signing key in {}. Set JWT_SECRET to share one key "
                    + "between nodes.", file);
            return generated;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read or create " + file, unreadable);
        }
    }
}
