/**
 * What the finance module shares with other bundles (e-invoicing first of all): account types, VAT categories with
 * ZATCA's exemption reasons, and {@link com.doganhub.finance.api.InvoiceTotals}, the one place invoice amounts are
 * computed with ZATCA's rounding rules. Value types only; the module's services and storage stay private.
 */
@Export
@Version("1.0.0")
package com.doganhub.finance.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
