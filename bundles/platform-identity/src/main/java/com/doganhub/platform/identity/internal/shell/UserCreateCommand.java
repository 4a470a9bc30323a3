package com.doganhub.platform.identity.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import com.doganhub.platform.api.TenantScope;
import com.doganhub.platform.api.error.PlatformException;
import com.doganhub.platform.identity.internal.tenants.TenantLookup;
import com.doganhub.platform.identity.internal.users.UserDirectory;
import com.doganhub.platform.identity.internal.users.UserRequests;
import com.doganhub.platform.identity.internal.users.UserView;

/** {@code doganhub:user-create}: the same rules as {@code POST /api/v1/users}. */
@Service
@Command(scope = "doganhub", name = "user-create", description = "Creates a user in a tenant")
public class UserCreateCommand implements Action {

    @Argument(index = 0, name = "tenant", required = true, description = "Tenant slug")
    private String tenant;

    @Argument(index = 1, name = "email", required = true)
    private String email;

    @Option(name = "--name")
    private String name;

    @Option(name = "--role", multiValued = true, description = "Role key (repeatable); default viewer")
    private List<String> roles;

    @Option(name = "--locale", description = "ar or en")
    private String locale;

    @Option(name = "--password", description = "Without it the user is emailed an invitation")
    private String password;

    @Reference
    private UserDirectory users;

    @Reference
    private TenantLookup lookup;

    @Reference
    private TenantScope scope;

    @Override
    public Object execute() throws Exception {
        try {
            UserView created = ShellCaller.inTenant(lookup, scope, tenant,
                    () -> users.create(new UserRequests.Create(email, name, password, locale, roles)));
            System.out.println("Created user " + created.email() + " (" + created.id() + ") in " + tenant
                    + " with roles " + created.roles() + (password == null ? "; an invitation was emailed" : ""));
        } catch (PlatformException refused) {
            System.err.println(ShellCaller.describe(refused));
        }
        return null;
    }
}
