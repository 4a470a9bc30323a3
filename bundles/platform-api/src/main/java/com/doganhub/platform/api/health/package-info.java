/**
 * Readiness contributions: each bundle that the platform cannot serve without (database, migrations,
 * required integrations) registers a {@link com.doganhub.platform.api.health.ReadinessCheck}; {@code /health/ready}
 * answers 200 only when all of them are ready.
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.health;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
