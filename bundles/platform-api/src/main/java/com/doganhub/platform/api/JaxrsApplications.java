package com.doganhub.platform.api;

/**
 * The platform's JAX-RS whiteboard application. A module's resource joins it with
 * {@code @JaxrsApplicationSelect(JaxrsApplications.SELECT)} and a path under {@link #API_PATH}, for example
 * {@code @Path(JaxrsApplications.API_PATH + "/finance/invoices")}.
 *
 * <p>There is one application, based at {@code /}, on purpose: the Aries whiteboard (2.0.2) publishes every
 * application's CXF server at the address {@code /} of one shared bus, so two applications answer each other's
 * requests after either is rebuilt (a module installed, a bundle restarted).
 */
public final class JaxrsApplications {

    /** The application's name. */
    public static final String NAME = "doganhub";
    /** Target filter that selects the platform application. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /** Path prefix of the versioned public API. */
    public static final String API_PATH = "api/v1";

    private JaxrsApplications() {
    }
}
