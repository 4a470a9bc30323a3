package com.doganhub.integration.zatca.fatoora;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.zatca.fatoora} ({@code etc/com.doganhub.zatca.fatoora.cfg}). */
@ObjectClassDefinition(name = "DoganHub ZATCA Fatoora API", description = "Which Fatoora environment documents go to.")
public @interface FatooraSettings {

    String PID = "com.doganhub.zatca.fatoora";

    @AttributeDefinition(description = "sandbox (developer portal), simulation or production; picks the base URL "
            + "and must match the environment the devices were onboarded in.")
    String environment() default "sandbox";

    @AttributeDefinition(description = "Overrides the environment's base URL (a proxy, a test server); empty: "
            + "https://gw-fatoora.zatca.gov.sa/e-invoicing/{developer-portal|simulation|core}.")
    String baseUrl() default "";

    @AttributeDefinition(description = "Connect and answer timeout per call, in seconds.")
    int timeoutSeconds() default 30;
}
