package com.doganhub.platform.api;

/**
 * Keys of the per-request log context (SLF4J MDC) that the web layer fills for the duration of a request, so that
 * log lines and audit entries can name the request without the request object being passed around.
 */
public final class LogContext {

    /** The request id, also sent back in the {@code X-Request-Id} header. */
    public static final String REQUEST_ID = "requestId";

    /** The tenant id of the authenticated caller. */
    public static final String TENANT = "tenant";

    /** The client's IP address as the HTTP server saw it. */
    public static final String CLIENT_ADDRESS = "client";

    private LogContext() {
    }
}
