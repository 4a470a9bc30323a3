/**
 * Which installed modules each tenant uses. The platform strips a disabled module's permissions from the tenant's
 * callers, so its endpoints answer 403 {@code module.not-enabled} and its menu entries disappear for that tenant only.
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.modules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
