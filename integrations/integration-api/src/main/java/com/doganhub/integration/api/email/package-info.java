/**
 * Sending email. Modules call {@link com.doganhub.integration.api.email.EmailGateway}; the message goes through the transactional outbox to the active email provider chain.
 */
@Export
@Version("1.2.0")
package com.doganhub.integration.api.email;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
