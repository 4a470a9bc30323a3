/**
 * The platform contract for module bundles: who is calling ({@link com.doganhub.platform.api.TenantContext},
 * {@link com.doganhub.platform.api.TenantScope}), what a module contributes
 * ({@link com.doganhub.platform.api.PlatformModule}) and money as a value ({@link com.doganhub.platform.api.Money}).
 * Interfaces and value types only; implementations live in the platform bundles.
 */
@Export
@Version("1.5.0")
package com.doganhub.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
