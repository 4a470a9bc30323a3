/**
 * Billing's contract: {@link com.doganhub.billing.api.Licenses}, a tenant's signed license and its offline check.
 */
@Export
@Version("1.0.0")
package com.doganhub.billing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
