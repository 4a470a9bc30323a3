/** What other modules may ask of ${moduleNameEn}. Exported; everything else of the module stays private. */
@Export
@Version("1.0.0")
package ${package}.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
