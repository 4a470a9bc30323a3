package com.doganhub.zatca.internal.documents;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.zatca} ({@code etc/com.doganhub.zatca.cfg}). */
@ObjectClassDefinition(name = "DoganHub e-invoicing", description = "How ZATCA rejections reach the tenant.")
public @interface ZatcaSettings {

    String PID = "com.doganhub.zatca";

    @AttributeDefinition(description = "The web application's base URL, for the invoice link in rejection alerts.")
    String publicUrl() default "http://localhost:8181";
}
