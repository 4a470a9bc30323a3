/**
 * Messages in Arabic and English. A bundle whose errors or emails need its own texts registers a
 * {@link com.doganhub.platform.api.i18n.MessageCatalog}; the platform asks every catalog in turn. A module that
 * reports problems in a body of its own resolves them through {@link com.doganhub.platform.api.i18n.Messages}.
 */
@Export
@Version("1.1.0")
package com.doganhub.platform.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
