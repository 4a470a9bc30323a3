/**
 * Tenants as seen from outside identity: {@link com.doganhub.platform.api.tenants.TenantDirectory}.
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.tenants;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
