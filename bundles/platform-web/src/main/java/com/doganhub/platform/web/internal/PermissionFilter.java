package com.doganhub.platform.web.internal;

import java.lang.reflect.Method;
import java.util.Set;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.Forbidden;
import com.doganhub.platform.api.licensing.Entitlements;
import com.doganhub.platform.api.modules.TenantModules;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * Enforces {@link RequiresPermission} after the resource method is chosen and before its body is read, so an
 * anonymous or unauthorised caller gets 401/403 and learns nothing from validation of the input.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName(PermissionFilter.NAME)
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
public class PermissionFilter implements ContainerRequestFilter {

    static final String NAME = "doganhub-permissions";


    private final TenantScope tenantScope;

    /** Present when the module registry runs: it tells a permission missing because the tenant turned its module off. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TenantModules tenantModules;

    /** Present while billing runs: a lapsed license makes the tenant read-only, and modules can be unlicensed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Entitlements entitlements;

    @Context
    private ResourceInfo resource;

    @Activate
    public PermissionFilter(@Reference TenantScope tenantScope) {
        this.tenantScope = tenantScope;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequiresPermission required = requiredBy(resource.getResourceMethod(), resource.getResourceClass());
        if (required == null) {
            return;
        }
        TenantContext caller = tenantScope.require();
        Entitlements licensing = entitlements;
        try {
            check(caller, required.value());
        } catch (Forbidden denied) {
            TenantModules modules = tenantModules;
            if (modules != null) {
                modules.moduleOf(required.value()).filter(module -> !modules.enabled(caller.tenantId(), module))
                        .ifPresent(module -> {
                            if (licensing != null && !licensing.moduleLicensed(caller.tenantId(), module)) {
                                throw new ModuleNotLicensed(required.value(), module);
                            }
                            throw new ModuleNotEnabled(required.value(), module);
                        });
            }
            throw denied;
        }
        if (licensing != null && !SAFE_METHODS.contains(request.getMethod()) && !caller.isPlatformOperator()
                && !required.value().startsWith(BILLING_PREFIX) && licensing.readOnly(caller.tenantId())) {
            throw new LicenseReadOnly(required.value());
        }
    }

    /** Reading never changes data, and paying is how a read-only tenant gets out of it. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BILLING_PREFIX = "billing.";

    /** 403 {@code license.read-only}: the tenant's license lapsed past its grace period; its data stays readable. */
    static final class LicenseReadOnly extends Forbidden {

        private static final long serialVersionUID = 1L;

        LicenseReadOnly(String permission) {
            super("license.read-only", permission);
        }
    }

    /** 403 {@code module.not-licensed}: the tenant's plan does not include the module. */
    static final class ModuleNotLicensed extends Forbidden {

        private static final long serialVersionUID = 1L;

        ModuleNotLicensed(String permission, String module) {
            super("module.not-licensed", permission, module);
        }
    }

    /** 403 {@code module.not-enabled}: the tenant turned the module off, or has not turned an opt-in module on. */
    static final class ModuleNotEnabled extends Forbidden {

        private static final long serialVersionUID = 1L;

        ModuleNotEnabled(String permission, String module) {
            super("module.not-enabled", permission, module);
        }
    }

    static void check(TenantContext caller, String permission) {
        boolean operatorOnly = permission.startsWith(RequiresPermission.OPERATOR_PREFIX);
        if (operatorOnly && !caller.isPlatformOperator() || !caller.hasPermission(permission)) {
            throw new Forbidden(permission);
        }
    }

    static RequiresPermission requiredBy(Method method, Class<?> type) {
        if (method != null && method.isAnnotationPresent(RequiresPermission.class)) {
            return method.getAnnotation(RequiresPermission.class);
        }
        return type == null ? null : type.getAnnotation(RequiresPermission.class);
    }
}
