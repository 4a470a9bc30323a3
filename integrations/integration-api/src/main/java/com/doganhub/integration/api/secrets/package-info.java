/** Secrets kept at rest by modules (private keys, API secrets), sealed with the platform's secrets key. */
@Export
@Version("1.0.0")
package com.doganhub.integration.api.secrets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
