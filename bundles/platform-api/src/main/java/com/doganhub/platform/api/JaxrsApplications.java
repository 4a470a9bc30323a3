package com.doganhub.platform.api;

/**
 * Names of the platform's JAX-RS whiteboard applications. A module's resource joins the public API with
 * {@code @JaxrsApplicationSelect(JaxrsApplications.API_SELECT)} and a path relative to {@code /api/v1}.
 */
public final class JaxrsApplications {

    /** The versioned public API, served under {@code /api/v1}. */
    public static final String API = "doganhub-api";
    /** Target filter that selects {@link #API}. */
    public static final String API_SELECT = "(osgi.jaxrs.name=" + API + ")";
    /** Runtime endpoints at the root: {@code /health}, {@code /metrics}, and problem+json 404s for anything else. */
    public static final String RUNTIME = "doganhub-runtime";
    /** Target filter selecting both platform applications, for extensions that serve both. */
    public static final String ALL_SELECT = "(|(osgi.jaxrs.name=" + API + ")(osgi.jaxrs.name=" + RUNTIME + "))";

    private JaxrsApplications() {
    }
}
