/**
 * The audit log: modules record every write with {@link com.doganhub.platform.api.audit.AuditLog}; the platform
 * stores it append-only and lets tenant administrators query it.
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
