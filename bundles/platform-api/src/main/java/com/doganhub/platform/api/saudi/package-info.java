/**
 * Saudi identifiers every module shares, validated by the rules ZATCA applies to e-invoices (BR-KSA-09, -37, -40,
 * -66): the VAT registration number and the national address. Tenants (sellers) and customers (buyers) use them, so
 * a value the platform accepted never fails ZATCA validation later.
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.saudi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
