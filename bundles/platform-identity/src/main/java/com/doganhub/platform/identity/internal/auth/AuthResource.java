package com.doganhub.platform.identity.internal.auth;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.MDC;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.LogContext;
import com.doganhub.platform.identity.internal.FieldChecks;

/** {@code /api/v1/auth/*}: sign-in, refresh, logout, password reset, email verification. */
@Component(service = AuthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final LoginService login;

    @Activate
    public AuthResource(@Reference LoginService login) {
        this.login = login;
    }

    @POST
    @Path("login")
    public Response login(LoginRequest body) {
        LoginRequest credentials = FieldChecks.requiredBody(body);
        TokenPair tokens = login.login(credentials.tenant(), credentials.email(), credentials.password(),
                MDC.get(LogContext.CLIENT_ADDRESS));
        return Response.ok(tokens).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("refresh")
    public Response refresh(RefreshRequest body) {
        String token = FieldChecks.requiredText("refreshToken", FieldChecks.requiredBody(body).refreshToken());
        return Response.ok(login.refresh(token)).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("logout")
    public Response logout(RefreshRequest body) {
        login.logout(FieldChecks.requiredText("refreshToken", FieldChecks.requiredBody(body).refreshToken()));
        return Response.noContent().build();
    }

    @POST
    @Path("password-reset")
    public Response requestReset(ResetRequest body) {
        ResetRequest reset = FieldChecks.requiredBody(body);
        login.requestPasswordReset(reset.tenant(), reset.email());
        return Response.accepted().build();
    }

    @POST
    @Path("password-reset/confirm")
    public Response confirmReset(ResetConfirmation body) {
        ResetConfirmation confirmation = FieldChecks.requiredBody(body);
        login.confirmPasswordReset(FieldChecks.requiredText("token", confirmation.token()), confirmation.newPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("verify-email")
    public Response verifyEmail(VerificationRequest body) {
        login.verifyEmail(FieldChecks.requiredText("token", FieldChecks.requiredBody(body).token()));
        return Response.noContent().build();
    }

    /** {@code {tenant, email, password}}. */
    public record LoginRequest(String tenant, String email, String password) {
        @Override
        public String toString() {
            return "LoginRequest[" + tenant + ", " + email + "]";
        }
    }

    /** {@code {refreshToken}}. */
    public record RefreshRequest(String refreshToken) {
        @Override
        public String toString() {
            return "RefreshRequest";
        }
    }

    /** {@code {tenant, email}}. */
    public record ResetRequest(String tenant, String email) {
    }

    /** {@code {token, newPassword}}. */
    public record ResetConfirmation(String token, String newPassword) {
        @Override
        public String toString() {
            return "ResetConfirmation";
        }
    }

    /** {@code {token}}. */
    public record VerificationRequest(String token) {
        @Override
        public String toString() {
            return "VerificationRequest";
        }
    }
}
