/**
 * Tables written as spreadsheets: a module builds a {@link com.doganhub.platform.api.export.Table} (headings in both
 * languages, typed cells) and asks {@link com.doganhub.platform.api.export.TableExport} for CSV or XLSX in the
 * caller's language, so every download of the platform looks and guards the same way.
 */
@Export
@Version("1.0.0")
package com.doganhub.platform.api.export;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
