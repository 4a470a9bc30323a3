package com.doganhub.platform.identity.internal.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.health.Readiness;
import com.doganhub.platform.api.health.ReadinessCheck;
import com.doganhub.platform.api.saudi.NationalAddress;
import com.doganhub.platform.identity.internal.IdentitySettings;
import com.doganhub.platform.identity.internal.IdentityUnit;
import com.doganhub.platform.identity.internal.SecretFiles;
import com.doganhub.platform.identity.internal.roles.BuiltInRole;
import com.doganhub.platform.identity.internal.tenants.NewTenant;
import com.doganhub.platform.identity.internal.tenants.TenantDirectory;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.tenants.TenantView;
import com.doganhub.platform.identity.internal.users.NewUser;
import com.doganhub.platform.identity.internal.users.PasswordPolicy;

/**
 * On the first start against an empty database, creates the platform operator ({@value #OPERATOR_EMAIL} in tenant
 * {@code platform}), the tenant {@code demo} and its owner ({@value #OWNER_EMAIL}). Their password is
 * {@code bootstrap.password} (from {@code DOGANHUB_BOOTSTRAP_PASSWORD}) or, when that is empty, generated once and
 * written to {@code data/bootstrap-credentials.txt} (owner-readable only) and to the log. Nothing happens when the
 * platform tenant exists, so a restart, a second node or a later change of the variable never resets a password.
 * It is also the readiness check {@code accounts}: registered only once the accounts exist, so {@code /health/ready}
 * does not answer 200 while a first sign-in would still fail.
 */
@Component(immediate = true, service = ReadinessCheck.class, configurationPid = IdentitySettings.PID)
public class FirstStartAccounts implements ReadinessCheck {

    static final String OPERATOR_EMAIL = "operator@doganhub.local";
    static final String OWNER_EMAIL = "owner@demo.local";
    static final String CREDENTIALS_FILE = "bootstrap-credentials.txt";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartAccounts.class);

    @Activate
    public FirstStartAccounts(@Reference TenantLookup lookup, @Reference TenantDirectory tenants,
            @Reference TenantScope tenantScope, IdentitySettings settings, BundleContext context) {
        if (lookup.bySlug(TenantContext.PLATFORM_SLUG).isPresent()) {
            return;
        }
        String configured = settings.bootstrap_password();
        boolean given = SecretFiles.isSet(configured);
        String password = given ? configured : SecretFiles.generatedPassword();
        if (given) {
            try {
                PasswordPolicy.check("bootstrap.password", password, null);
            } catch (ValidationFailed weak) {
                LOG.warn("DOGANHUB_BOOTSTRAP_PASSWORD does not meet the password policy ({}); using it anyway for the "
                        + "first-start accounts. Change it after signing in.", weak.errors().get(0).code());
            }
        }
        try {
            create(tenants, tenantScope, password);
        } catch (Conflict anotherNodeWasFaster) {
            LOG.info("The first-start accounts were created by another node");
            return;
        }
        if (given) {
            LOG.info("Created the first-start accounts {} (tenant platform) and {} (tenant demo) with the password from "
                    + "DOGANHUB_BOOTSTRAP_PASSWORD", OPERATOR_EMAIL, OWNER_EMAIL);
        } else {
            Path file = writeCredentials(context, password);
            LOG.warn("Created the first-start accounts {} (tenant platform) and {} (tenant demo) with the generated "
                    + "password {} (also in {}). Change it after signing in.", OPERATOR_EMAIL, OWNER_EMAIL, password, file);
        }
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public Readiness check() {
        return Readiness.ready(name(), "first-start accounts present");
    }

    private static void create(TenantDirectory tenants, TenantScope tenantScope, String password) {
        // The platform tenant's id is not known before it exists, so its creation is recorded in its own log only.
        TenantContext beforeAnyTenant = IdentityUnit.systemIn("bootstrap", TenantContext.PLATFORM_SLUG);
        TenantView platform;
        try (TenantScope.Binding asSystem = tenantScope.bind(beforeAnyTenant)) {
            platform = tenants.createTenant(new NewTenant(TenantContext.PLATFORM_SLUG, "مشغّل المنصة", "Platform operator",
                    null, null, null, "en"), new NewUser(OPERATOR_EMAIL, "Platform operator", password, "en",
                            List.of(BuiltInRole.OPERATOR.key())), false);
        }
        try (TenantScope.Binding asOperator = tenantScope.bind(IdentityUnit.systemIn(platform.id(), platform.slug()))) {
            tenants.createTenant(new NewTenant("demo", "شركة العرض التوضيحي", "Demo Trading Company", "300000000000003",
                    "1010000000", new NationalAddress("2322", "طريق الملك فهد", "العليا", "الرياض", "12211"), "ar"),
                    new NewUser(OWNER_EMAIL, "مالك العرض", password, "ar", List.of(BuiltInRole.OWNER.key())), false);
        }
    }

    private static Path writeCredentials(BundleContext context, String password) {
        Path file = SecretFiles.dataDirectory(context).resolve(CREDENTIALS_FILE);
        String text = "# DoganHub first-start accounts. Delete this file once you have changed the password.\n"
                + "operator: tenant=platform email=" + OPERATOR_EMAIL + "\n"
                + "owner:    tenant=demo email=" + OWNER_EMAIL + "\n"
                + "password: " + password + "\n";
        try {
            SecretFiles.writeOwnerOnly(file, text);
        } catch (IOException unwritable) {
            LOG.error("Cannot write {}; the generated password is only in this log", file, unwritable);
        }
        return file;
    }
}
