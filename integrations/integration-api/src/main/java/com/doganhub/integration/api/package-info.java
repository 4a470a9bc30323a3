/**
 * The provider contract: {@link com.doganhub.integration.api.Provider} services that implement a {@link com.doganhub.integration.api.Capability}, and {@link com.doganhub.integration.api.IntegrationCheck} services that make up the platform's live integration status report.
 */
@Export
@Version("1.1.0")
package com.doganhub.integration.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
