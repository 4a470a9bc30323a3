package com.doganhub.finance.internal.accounts;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.doganhub.finance.api.AccountType;
import com.doganhub.finance.internal.FinancePermissions;
import com.doganhub.finance.internal.Inputs;
import com.doganhub.finance.internal.books.Books;
import com.doganhub.finance.internal.journal.Ledger;
import com.doganhub.platform.api.JaxrsApplications;
import com.doganhub.platform.api.audit.AuditEvent;
import com.doganhub.platform.api.audit.AuditLog;
import com.doganhub.platform.api.error.Conflict;
import com.doganhub.platform.api.error.FieldError;
import com.doganhub.platform.api.error.NotFound;
import com.doganhub.platform.api.error.ValidationFailed;
import com.doganhub.platform.api.security.RequiresPermission;

/**
 * {@code /api/v1/finance/accounts}: the chart as a tree (or flat with {@code ?flat=true}); accounts are added,
 * renamed, moved and deactivated. An account with postings or sub-accounts is never deleted (409): deactivate it.
 */
@Component(service = AccountResource.class)
@JaxrsResource
@JaxrsApplicationSelect(JaxrsApplications.SELECT)
@Path(JaxrsApplications.API_PATH + "/finance/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]{0,19}");

    private final Books books;
    private final Accounts accounts;
    private final Ledger ledger;
    private final AuditLog audit;

    @Activate
    public AccountResource(@Reference Books books, @Reference Accounts accounts, @Reference Ledger ledger,
            @Reference AuditLog audit) {
        this.books = books;
        this.accounts = accounts;
        this.ledger = ledger;
        this.audit = audit;
    }

    /** An account: the tree nests sub-accounts in {@code children}. */
    public record AccountView(String code, String nameAr, String nameEn, AccountType type, String normalBalance,
            String parentCode, boolean active, String postingRole, List<AccountView> children) {

        static AccountView of(AccountEntity account, List<AccountView> children) {
            return new AccountView(account.code(), account.nameAr(), account.nameEn(), account.type(),
                    account.type().normalBalance().name(), account.parentCode(), account.active(),
                    account.postingRole() == null ? null : account.postingRole().name(), children);
        }
    }

    /** The body of {@code POST} and {@code PUT}; {@code code} and {@code type} are fixed once created. */
    public record AccountRequest(String code, String nameAr, String nameEn, AccountType type, String parentCode,
            Boolean active) {
    }

    @GET
    @RequiresPermission(FinancePermissions.ACCOUNTS_READ)
    public List<AccountView> list(@QueryParam("flat") boolean flat) {
        List<AccountEntity> all = books.inTransaction(accounts::all);
        if (flat) {
            return all.stream().map(account -> AccountView.of(account, List.of())).toList();
        }
        Map<String, List<AccountEntity>> byParent = new LinkedHashMap<>();
        all.forEach(account -> byParent.computeIfAbsent(account.parentCode(), key -> new ArrayList<>()).add(account));
        return tree(null, byParent);
    }

    @GET
    @Path("{code}")
    @RequiresPermission(FinancePermissions.ACCOUNTS_READ)
    public AccountView get(@PathParam("code") String code) {
        return AccountView.of(books.inTransaction(em -> find(em, code)), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.ACCOUNTS_WRITE)
    public Response create(AccountRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String code = Inputs.text(errors, "code", request.code(), 20, true);
        if (code != null && !CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "finance.account-code-format"));
        }
        String nameAr = Inputs.text(errors, "nameAr", request.nameAr(), 200, true);
        String nameEn = Inputs.text(errors, "nameEn", request.nameEn(), 200, true);
        if (request.type() == null) {
            errors.add(FieldError.of("type", "required"));
        }
        String parentCode = Inputs.text(errors, "parentCode", request.parentCode(), 20, false);
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        AccountEntity created;
        try {
            created = books.inTransaction(em -> {
            if (!accounts.byCodes(em, List.of(code)).isEmpty()) {
                throw new Conflict("finance.account-exists", code);
            }
            checkParent(em, parentCode, request.type(), code);
            AccountEntity account = new AccountEntity(UUID.randomUUID().toString(), code, parentCode, nameAr, nameEn,
                    request.type(), null);
            em.persist(account);
            audit.record(AuditEvent.of("account", code, "create").with("nameEn", null, nameEn));
            return account;
            });
        } catch (RuntimeException raced) {
            if (!(raced instanceof com.doganhub.platform.api.error.PlatformException)
                    && !books.inTransaction(em -> accounts.byCodes(em, List.of(code))).isEmpty()) {
                throw new Conflict("finance.account-exists", code); // created by a concurrent request (unique key)
            }
            throw raced;
        }
        return Response.created(URI.create(JaxrsApplications.API_PATH + "/finance/accounts/" + code))
                .entity(AccountView.of(created, List.of())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(FinancePermissions.ACCOUNTS_WRITE)
    public AccountView update(@PathParam("code") String code, AccountRequest request) {
        if (request == null) {
            throw new ValidationFailed("$", "required");
        }
        List<FieldError> errors = new ArrayList<>();
        String nameAr = Inputs.text(errors, "nameAr", request.nameAr(), 200, true);
        String nameEn = Inputs.text(errors, "nameEn", request.nameEn(), 200, true);
        String parentCode = Inputs.text(errors, "parentCode", request.parentCode(), 20, false);
        if (request.code() != null && !request.code().strip().equals(code)) {
            errors.add(FieldError.of("code", "finance.account-code-fixed"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return books.inTransaction(em -> {
            AccountEntity account = find(em, code);
            if (request.type() != null && request.type() != account.type()) {
                throw new ValidationFailed("type", "finance.account-type-fixed");
            }
            checkParent(em, parentCode, account.type(), code);
            boolean active = request.active() == null || request.active();
            if (!active && account.postingRole() != null) {
                throw new Conflict("finance.account-in-use", code);
            }
            audit.record(AuditEvent.of("account", code, "update").with("nameEn", account.nameEn(), nameEn)
                    .with("active", account.active(), active));
            account.rename(nameAr, nameEn);
            account.moveUnder(parentCode);
            account.activate(active);
            return AccountView.of(account, List.of());
        });
    }

    @DELETE
    @Path("{code}")
    @RequiresPermission(FinancePermissions.ACCOUNTS_WRITE)
    public Response delete(@PathParam("code") String code) {
        books.inTransaction(em -> {
            AccountEntity account = find(em, code);
            if (ledger.hasPostings(em, code)) {
                throw new Conflict("finance.account-has-postings", code);
            }
            if (!accounts.groups(em, List.of(code)).isEmpty() || account.postingRole() != null) {
                throw new Conflict("finance.account-in-use", code);
            }
            em.remove(account);
            audit.record(AuditEvent.of("account", code, "delete"));
            return null;
        });
        return Response.noContent().build();
    }

    private void checkParent(javax.persistence.EntityManager em, String parentCode, AccountType type, String code) {
        if (parentCode == null) {
            return;
        }
        if (parentCode.equals(code)) {
            throw new ValidationFailed("parentCode", "finance.account-parent-self");
        }
        AccountEntity parent = accounts.byCodes(em, List.of(parentCode)).get(parentCode);
        if (parent == null) {
            throw new ValidationFailed("parentCode", "journal.unknown-account", parentCode);
        }
        if (parent.type() != type) {
            throw new ValidationFailed("parentCode", "finance.account-parent-type", parent.type().name());
        }
        if (parent.postingRole() != null) {
            throw new ValidationFailed("parentCode", "finance.account-parent-posting", parentCode);
        }
        // walking up from the new parent must never reach the account itself
        String ancestor = parent.parentCode();
        for (int depth = 0; ancestor != null && depth < 50; depth++) {
            if (ancestor.equals(code)) {
                throw new ValidationFailed("parentCode", "finance.account-parent-cycle", parentCode);
            }
            AccountEntity next = accounts.byCodes(em, List.of(ancestor)).get(ancestor);
            ancestor = next == null ? null : next.parentCode();
        }
        if (ledger.hasPostings(em, parentCode)) {
            throw new ValidationFailed("parentCode", "finance.account-parent-has-postings", parentCode);
        }
    }

    private AccountEntity find(javax.persistence.EntityManager em, String code) {
        AccountEntity account = accounts.byCodes(em, List.of(code)).get(code);
        if (account == null) {
            throw new NotFound("account", code);
        }
        return account;
    }

    private static List<AccountView> tree(String parent, Map<String, List<AccountEntity>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(account -> AccountView.of(account, tree(account.code(), byParent))).toList();
    }
}
