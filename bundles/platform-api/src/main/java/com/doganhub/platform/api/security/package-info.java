/**
 * Access control for module code: {@link com.doganhub.platform.api.security.RequiresPermission} on resource methods,
 * and the {@link com.doganhub.platform.api.security.AttemptCounter} seam behind login throttling.
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
