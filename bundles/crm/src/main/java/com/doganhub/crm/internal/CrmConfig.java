package com.doganhub.crm.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.crm} ({@code etc/com.doganhub.crm.cfg}); changes apply without a restart. */
@ObjectClassDefinition(name = "DoganHub CRM", description = "Limits of contact imports and exports.")
public @interface CrmConfig {

    String PID = "com.doganhub.crm";

    @AttributeDefinition(name = "Import row limit", min = "1",
            description = "Most data rows one CSV import takes; a longer file is refused whole (422), nothing imported.")
    int importMaxRows() default 5000;

    @AttributeDefinition(name = "Import size limit (bytes)", min = "1024",
            description = "Largest CSV file an import reads; a larger one is refused (413) before it is parsed.")
    long importMaxBytes() default 5L * 1024 * 1024;

    @AttributeDefinition(name = "Export row limit", min = "1",
            description = "Most contacts one export writes; narrow it with q or tag beyond that (422).")
    int exportMaxRows() default 50000;
}
