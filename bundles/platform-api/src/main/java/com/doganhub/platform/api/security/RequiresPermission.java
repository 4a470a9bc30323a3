package com.doganhub.platform.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a JAX-RS resource method (or its class): the platform refuses the call before the request body is read,
 * with 401 when nobody is signed in and 403 when the caller lacks the permission. Permissions starting with
 * {@code platform.} are granted only to the platform operator.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresPermission {

    /** Permissions with this prefix are the platform operator's: no tenant role grants them. */
    String OPERATOR_PREFIX = "platform.";

    /** The permission id, such as {@code finance.invoice.write}. */
    String value();
}
