/** What other modules may ask of Inventory. Exported; everything else of the module stays private. */
@Export
@Version("1.0.0")
package com.doganhub.sample.inventory.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
