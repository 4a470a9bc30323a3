package com.doganhub.platform.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "DoganHub database", description = "The platform database. Empty url: the embedded H2 file database under data/db.")
@interface DatabaseSettings {

    String PID = "com.doganhub.persistence";

    @AttributeDefinition(description = "JDBC URL (jdbc:postgresql://..., jdbc:h2:...) or a postgres://user:password@host:port/db URL; "
            + "normally ${env:DATABASE_URL}. Empty selects the embedded H2 file database.")
    String url() default "";

    @AttributeDefinition(description = "Database user; normally ${env:DATABASE_USER}. Overrides a user inside the URL.")
    String user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Database password; normally ${env:DATABASE_PASSWORD}.")
    String password() default "";

    @AttributeDefinition(description = "Largest number of pooled connections.")
    int pool_maxTotal() default 16;

    @AttributeDefinition(description = "Seconds a caller waits for a pooled connection before failing.")
    int pool_maxWaitSeconds() default 10;
}
