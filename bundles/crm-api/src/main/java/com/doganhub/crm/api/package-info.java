/**
 * The CRM's contract with other modules: {@link com.doganhub.crm.api.CrmDirectory} looks contacts up for the calling
 * tenant (billing's customers, finance's invoice recipients).
 */
@Export
@Version("1.0.0")
package com.doganhub.crm.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
