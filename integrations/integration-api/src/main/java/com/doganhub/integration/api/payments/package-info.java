/**
 * Taking payments. {@link com.doganhub.integration.api.payments.PaymentGateway} opens hosted checkout and customer portal sessions and verifies webhooks of the active payment provider.
 */
@Export
@Version("2.0.0")
package com.doganhub.integration.api.payments;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
