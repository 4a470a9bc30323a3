/**
 * Typed errors a module throws. The web layer maps each to an RFC 9457 problem+json answer with a stable
 * {@code code} and a message in the caller's language; modules never build HTTP responses for errors themselves.
 */
@Export
@Version("1.4.0")
package com.doganhub.platform.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
