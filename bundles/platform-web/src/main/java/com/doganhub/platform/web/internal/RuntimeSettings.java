package com.doganhub.platform.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "DoganHub runtime endpoints", description = "What /health/ready requires.")
@interface RuntimeSettings {

    String PID = "com.doganhub.web";

    @AttributeDefinition(description = "Readiness checks that must be registered and ready for /health/ready to answer 200. "
            + "Checks registered but not listed here are reported, and still count when not ready.")
    String[] readiness_required() default { "boot", "database", "migrations", "persistence-units", "api" };
}
