/**
 * The HTTP face of the platform: the two JAX-RS whiteboard applications, the JSON provider every resource uses,
 * the single problem+json exception mapper, the request context filter (request id, language, caller), and the
 * runtime endpoints {@code /health}, {@code /health/ready} and {@code /metrics}.
 */
package com.doganhub.platform.web.internal;
