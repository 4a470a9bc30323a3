/**
 * Licensing seams: {@link com.doganhub.platform.api.licensing.Entitlements} (what a tenant's license allows, asked by
 * the parts that enforce it) and {@link com.doganhub.platform.api.licensing.UsageMeter} (quotas measured by the module
 * that owns the records).
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.licensing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
