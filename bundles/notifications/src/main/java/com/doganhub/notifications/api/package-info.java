/**
 * Email templates: {@link com.doganhub.notifications.api.NotificationTemplates} renders a template in Arabic or English
 * with a tenant's {@link com.doganhub.notifications.api.Brand}; send the result with the
 * {@link com.doganhub.integration.api.email.EmailGateway}. {@link com.doganhub.notifications.api.TenantBrands} gives the
 * calling tenant's brand.
 */
@Export
@Version("1.1.0")
package com.doganhub.notifications.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
