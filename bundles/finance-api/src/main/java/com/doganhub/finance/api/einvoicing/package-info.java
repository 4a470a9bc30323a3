/**
 * The seam between invoicing and e-invoicing: finance hands every issued document to the {@link
 * com.doganhub.finance.api.einvoicing.EInvoicing} service when one is installed (the ZATCA bundle), inside the issuing
 * transaction, and asks it for the document's e-invoicing status and QR code. Finance works without it.
 */
@Export
@Version("1.1.0")
package com.doganhub.finance.api.einvoicing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
