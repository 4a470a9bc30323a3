package com.doganhub.platform.api.error;

import java.util.Objects;

/**
 * An error no code handled, as reporters may see it: the ids that tie it to the log and to the client's problem
 * answer, and the tenant it happened for. No user, no request body: nothing personal.
 *
 * @param errorId   the id the client's 500 problem carries
 * @param requestId the request's id ({@code X-Request-Id})
 * @param tenantId  the tenant, or {@code null} outside a tenant
 * @param route     the method and matched path template ({@code GET /api/v1/files/{id}}), or the raw path
 */
public record UnhandledError(Throwable failure, String errorId, String requestId, String tenantId, String route) {

    public UnhandledError {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(errorId, "errorId");
    }
}
