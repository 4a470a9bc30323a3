package com.doganhub.platform.identity.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.identity.internal.SecretFiles;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.users.PasswordPolicy;
import com.doganhub.platform.identity.internal.users.UserDirectory;
import com.doganhub.platform.identity.internal.users.UserEntity;

/**
 * {@code doganhub:user-reset-password}: sets a password (given, or generated and printed once) and ends every
 * session of the user.
 */
@Service
@Command(scope = "doganhub", name = "user-reset-password", description = "Sets a new password for a user")
public class UserResetPasswordCommand implements Action {

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant slug (platform for the operator)")
    private String tenant;

    @Argument(index = 1, name = "email", required = true)
    private String email;

    @Option(name = "--password", description = "The new password; without it one is generated and printed")
    private String password;

    @Reference
    private UserDirectory users;

    @Reference
    private TenantLookup lookup;

    @Reference
    private TenantScope scope;

    @Override
    public Object execute() throws Exception {
        String chosen = password != null ? password : SecretFiles.generatedPassword();
        try {
            ShellCaller.inTenant(lookup, scope, tenant, () -> {
                UserEntity user = users.byEmail(email).orElseThrow(() -> new NotFound("user", email));
                PasswordPolicy.check("password", chosen, user.email());
                users.setPassword(user.id(), chosen, "reset-password");
                return null;
            });
            System.out.println(password != null ? "Password set; every session of " + email + " has ended."
                    : "New password for " + email + ": " + chosen + " (shown once; every session has ended)");
        } catch (PlatformException refused) {
            System.err.println(ShellCaller.describe(refused));
        }
        return null;
    }
}
