/**
 * The contract of the Fatoora route (bundle {@code doganhub-zatca-fatoora}): the e-invoicing bundle sends a {@link
 * com.doganhub.integration.api.zatca.FatooraCall} to {@link com.doganhub.integration.api.zatca.FatooraCall#ENDPOINT}
 * and gets a {@link com.doganhub.integration.api.zatca.FatooraResult} back.
 */
@Export
@Version("1.0.0")
package com.doganhub.integration.api.zatca;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
