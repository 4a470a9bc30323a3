package com.doganhub.itests;

import static com.doganhub.itests.Itest.assertProblem;
import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Boots the distribution once on a fresh PostgreSQL database and drives tenants, users, sign-in, roles, audit,
 * branding and the shell through HTTP and the Karaf shell, as an operator, two tenants' owners and their staff would.
 * Methods run in name order and build on each other; the lockout test runs last because it blocks this client's
 * address.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class IdentityIT {

    static final String BOOTSTRAP_PASSWORD = "Riyadh-Bootstrap-2026";
    static final String JWT_SECRET = "itest-signing-key-0123456789-abcdefghijklmnop-ABCDEFGH";
    static final String ALNOOR_OWNER_PASSWORD = "Noor-Owner-Passw0rd";
    private static final Pattern MAILED_TOKEN = Pattern.compile("token=([0-9a-f-]{36}\\.[A-Za-z0-9_-]{43})");

    /** What the tests hand on to each other. */
    private static String operatorToken;
    private static String demoOwnerToken;
    private static String alnoorId;
    private static String alnoorOwnerToken;
    private static String saraId;
    private static String saraPassword = "Sara-Chooses-2026";
    private static String khalidId;

    @Inject
    private BundleContext context;

    @Inject
    private FeaturesService features;

    @Inject
    private SessionFactory shell;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        String database = TestPostgres.createDatabase("doganhub_identity_it");
        // A folder of this run's own: mail arrives asynchronously (through the outbox), so mail of an earlier run
        // must not be mistaken for the one awaited.
        String mail = new File("target/exam-mail/" + java.util.UUID.randomUUID()).getAbsolutePath();
        return Itest.distribution(database,
                systemProperty("doganhub.itest.mail").value(mail),
                editConfigurationFilePut("etc/com.doganhub.email.local.cfg", "directory", mail),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", BOOTSTRAP_PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "jwt.secret", JWT_SECRET),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "login.max.failures.per.address", "30"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "public.url", "https://erp.doganhub.test"));
    }

    @Before
    public void waitForTheApi() throws Exception {
        // Ready means every resource and extension is served: no whiteboard republish (and its 404s) comes after.
        Itest.waitForStatus(context, http, "/health/ready", 200, 120);
        Itest.waitForStatus(context, http, "/api/v1/public/branding?tenant=demo", 200, 120);
    }

    @Test
    public void t01_theFirstStartAccountsSignInWithTheConfiguredPassword() throws Exception {
        Http.Answer operator = login("platform", "operator@doganhub.local", BOOTSTRAP_PASSWORD);
        assertEquals(operator.toString(), 200, operator.status());
        JsonNode tokens = operator.json();
        assertEquals("Bearer", tokens.get("tokenType").asText());
        assertEquals(900, tokens.get("expiresIn").asInt());
        assertEquals("no-store", operator.header("Cache-Control"));
        operatorToken = tokens.get("accessToken").asText();
        assertEquals(3, operatorToken.split("\\.").length);

        JsonNode me = as(operatorToken).get("/api/v1/me").json();
        assertEquals("operator@doganhub.local", me.get("user").get("email").asText());
        assertTrue(me.get("tenant").get("operator").asBoolean());
        assertTrue(me.toString(), contains(me.get("permissions"), "platform.tenant.write"));

        Http.Answer owner = login("demo", "OWNER@demo.local", BOOTSTRAP_PASSWORD);
        assertEquals(owner.toString(), 200, owner.status());
        demoOwnerToken = owner.json().get("accessToken").asText();
        JsonNode ownerMe = as(demoOwnerToken).get("/api/v1/me").json();
        assertEquals("demo", ownerMe.get("tenant").get("slug").asText());
        assertEquals("ar", ownerMe.get("locale").asText());
        assertTrue(contains(ownerMe.get("roles"), "owner"));
        assertTrue(contains(ownerMe.get("permissions"), "core.user.write"));
        assertFalse("a tenant owner is no operator", contains(ownerMe.get("permissions"), "platform.tenant.write"));

        assertFalse("with a configured password nothing is written to data/",
                Files.exists(Path.of(System.getProperty("karaf.data"), "bootstrap-credentials.txt")));
    }

    @Test
    public void t02_wrongTenantEmailOrPasswordAllAnswerTheSame401() throws Exception {
        Http.Answer wrongPassword = login("demo", "owner@demo.local", "not-the-password-1");
        Http.Answer unknownEmail = login("demo", "nobody@demo.local", "not-the-password-1");
        Http.Answer unknownTenant = login("no-such-tenant", "owner@demo.local", "not-the-password-1");
        for (Http.Answer answer : List.of(wrongPassword, unknownEmail, unknownTenant)) {
            assertProblem(answer, 401, "login.failed");
            assertNotNull(answer.header("WWW-Authenticate"));
        }
        assertEquals(wrongPassword.json().get("detail"), unknownTenant.json().get("detail"));
        assertEquals(wrongPassword.json().get("detail"), unknownEmail.json().get("detail"));

        Http.Answer missing = http.postJson("/api/v1/auth/login", "{\"tenant\":\"demo\",\"email\":\"owner@demo.local\"}");
        assertProblem(missing, 422, "validation-failed");
        assertEquals("password", missing.json().get("errors").get(0).get("field").asText());
        assertProblem(http.postJson("/api/v1/auth/login", "{\"tenant\":"), 400, "malformed-json");
    }

    @Test
    public void t03_theOperatorCreatesATenantAndOthersCannot() throws Exception {
        Http operator = as(operatorToken);
        Http.Answer invalid = operator.postJson("/api/v1/platform/tenants", tenantJson("alnoor", "300000000000004",
                "12345", ALNOOR_OWNER_PASSWORD));
        assertProblem(invalid, 422, "validation-failed");
        List<String> fields = fields(invalid);
        assertTrue(fields.toString(), fields.containsAll(List.of("vatNumber", "crNumber")));

        Http.Answer weakOwner = operator.postJson("/api/v1/platform/tenants", tenantJson("alnoor", "310122393500003",
                "1010101010", "password123"));
        assertProblem(weakOwner, 422, "validation-failed");
        assertEquals("owner.password", weakOwner.json().get("errors").get(0).get("field").asText());
        assertEquals("password.too-common", weakOwner.json().get("errors").get(0).get("code").asText());

        Http.Answer created = operator.postJson("/api/v1/platform/tenants", tenantJson("alnoor", "310122393500003",
                "1010101010", ALNOOR_OWNER_PASSWORD));
        assertEquals(created.toString(), 201, created.status());
        alnoorId = created.json().get("id").asText();
        assertEquals("شركة النور للتجارة", created.json().get("nameAr").asText());
        assertEquals("12643", created.json().get("address").get("postalCode").asText());
        assertTrue(created.header("Location").endsWith("/api/v1/platform/tenants/" + alnoorId));

        assertProblem(operator.postJson("/api/v1/platform/tenants", tenantJson("alnoor", "310122393500003",
                "1010101010", ALNOOR_OWNER_PASSWORD)), 409, "tenant.slug-taken");
        assertProblem(as(demoOwnerToken).postJson("/api/v1/platform/tenants", tenantJson("other", "310122393500003",
                "1010101010", ALNOOR_OWNER_PASSWORD)), 403, "forbidden");
        assertProblem(as(demoOwnerToken).get("/api/v1/platform/tenants"), 403, "forbidden");
        assertProblem(http.postJson("/api/v1/platform/tenants", "{ not even json"), 401, "authentication.required");

        JsonNode list = operator.get("/api/v1/platform/tenants?limit=1").json();
        assertEquals("alnoor", list.get("items").get(0).get("slug").asText());
        assertEquals("alnoor", list.get("nextCursor").asText());
        JsonNode next = operator.get("/api/v1/platform/tenants?limit=1&cursor=alnoor").json();
        assertEquals("demo", next.get("items").get(0).get("slug").asText());

        Http.Answer owner = login("alnoor", "owner@alnoor.sa", ALNOOR_OWNER_PASSWORD);
        assertEquals(owner.toString(), 200, owner.status());
        alnoorOwnerToken = owner.json().get("accessToken").asText();
        String verification = Itest.lastMailTo("alnoor", "owner@alnoor.sa", 10);
        assertTrue(verification, verification.contains("verify-email?token="));
        assertEquals(204, http.postJson("/api/v1/auth/verify-email", "{\"token\":\"" + tokenIn(verification) + "\"}").status());
        assertTrue(as(alnoorOwnerToken).get("/api/v1/me").json().get("user").get("emailVerified").asBoolean());
    }

    @Test
    public void t04_brandingIsValidatedAndServedPublicly() throws Exception {
        Http owner = as(alnoorOwnerToken);
        Http.Answer invalid = owner.putJson("/api/v1/tenant/branding",
                "{\"primaryColor\":\"teal\",\"customDomain\":\"not a domain\",\"supportEmail\":\"help\"}");
        assertProblem(invalid, 422, "validation-failed");
        assertEquals(List.of("primaryColor", "supportEmail", "customDomain"), fields(invalid));

        Http.Answer saved = owner.putJson("/api/v1/tenant/branding", "{\"displayNameAr\":\"النور\",\"displayNameEn\":\"Al Noor\","
                + "\"primaryColor\":\"#0a5c36\",\"accentColor\":\"#C8A24A\",\"supportEmail\":\"help@alnoor.sa\","
                + "\"customDomain\":\"ERP.alnoor.sa\",\"logoFileId\":\"f-42\"}");
        assertEquals(saved.toString(), 200, saved.status());
        assertEquals("#0A5C36", saved.json().get("primaryColor").asText());

        JsonNode shown = http.get("/api/v1/public/branding?tenant=alnoor").json();
        assertEquals("Al Noor", shown.get("displayNameEn").asText());
        assertEquals("erp.alnoor.sa", shown.get("customDomain").asText());
        JsonNode demo = http.get("/api/v1/public/branding?tenant=demo").json();
        assertEquals("the defaults come from the tenant's names", "شركة العرض التوضيحي", demo.get("displayNameAr").asText());
        assertProblem(http.get("/api/v1/public/branding?tenant=platform"), 404, "not-found");
        assertProblem(as(demoOwnerToken).putJson("/api/v1/tenant/branding", "{\"customDomain\":\"erp.alnoor.sa\"}"), 409,
                "branding.domain-taken");
    }

    @Test
    public void t05_anOwnerCreatesUsersAssignsRolesAndTheAuditLogRecordsIt() throws Exception {
        Http owner = as(alnoorOwnerToken);
        Http.Answer weak = owner.withHeader("Accept-Language", "ar").postJson("/api/v1/users",
                "{\"email\":\"khalid@alnoor.sa\",\"password\":\"short\"}");
        assertProblem(weak, 422, "validation-failed");
        assertEquals("password", weak.json().get("errors").get(0).get("field").asText());
        assertEquals("يجب ألا تقل كلمة المرور عن 10 أحرف.", weak.json().get("errors").get(0).get("message").asText());

        Http.Answer khalid = owner.postJson("/api/v1/users", "{\"email\":\"khalid@alnoor.sa\",\"name\":\"خالد\","
                + "\"password\":\"Khalid-Pass-2026\",\"roles\":[\"viewer\"],\"locale\":\"en\"}");
        assertEquals(khalid.toString(), 201, khalid.status());
        khalidId = khalid.json().get("id").asText();
        assertProblem(owner.postJson("/api/v1/users", "{\"email\":\"Khalid@alnoor.sa\"}"), 409, "user.email-taken");

        Http.Answer sara = owner.postJson("/api/v1/users", "{\"email\":\"sara@alnoor.sa\",\"name\":\"سارة العتيبي\"}");
        assertEquals(sara.toString(), 201, sara.status());
        saraId = sara.json().get("id").asText();
        assertEquals(List.of("viewer"), texts(sara.json().get("roles")));
        String invitation = Itest.lastMailTo("alnoor", "sara@alnoor.sa", 10);
        assertTrue("Arabic subject with the tenant's brand", invitation.contains("Subject: =?UTF-8?B?"));
        assertTrue(invitation, invitation.contains("https://erp.doganhub.test/accept-invitation?token="));
        assertTrue("the brand reaches the email", invitation.contains("Reply-To: <help@alnoor.sa>"));
        assertEquals(204, http.postJson("/api/v1/auth/password-reset/confirm", "{\"token\":\"" + tokenIn(invitation)
                + "\",\"newPassword\":\"" + saraPassword + "\"}").status());
        String saraToken = login("alnoor", "sara@alnoor.sa", saraPassword).json().get("accessToken").asText();

        Http.Answer forbidden = as(saraToken).postJson("/api/v1/users", "{\"email\":\"x@alnoor.sa\"}");
        assertProblem(forbidden, 403, "forbidden");
        assertProblem(as(saraToken).get("/api/v1/audit"), 403, "forbidden");

        Http.Answer role = owner.postJson("/api/v1/roles", "{\"key\":\"collector\",\"nameAr\":\"محصّل\",\"nameEn\":\"Collector\","
                + "\"permissions\":[\"core.user.read\",\"core.audit.read\"]}");
        assertEquals(role.toString(), 201, role.status());
        assertProblem(owner.postJson("/api/v1/roles", "{\"key\":\"x1x\",\"nameAr\":\"س\",\"nameEn\":\"X\","
                + "\"permissions\":[\"platform.tenant.write\"]}"), 422, "validation-failed");
        Http.Answer assigned = owner.patchJson("/api/v1/users/" + saraId, "{\"roles\":[\"viewer\",\"collector\"]}");
        assertEquals(assigned.toString(), 200, assigned.status());
        assertEquals(200, as(saraToken).get("/api/v1/audit").status());
        assertProblem(as(saraToken).patchJson("/api/v1/users/" + saraId, "{\"roles\":[\"owner\"]}"), 403, "forbidden");
        assertProblem(as(saraToken).postJson("/api/v1/roles", "{}"), 403, "forbidden");

        assertProblem(owner.patchJson("/api/v1/users/" + ownerId(owner), "{\"roles\":[\"viewer\"]}"), 409, "user.last-owner");

        assertEquals(201, owner.postJson("/api/v1/users", "{\"email\":\"mona@alnoor.sa\",\"password\":\"Mona-Admin-2026\","
                + "\"roles\":[\"admin\"]}").status());
        Http admin = as(login("alnoor", "mona@alnoor.sa", "Mona-Admin-2026").json().get("accessToken").asText());
        String monaId = admin.get("/api/v1/me").json().get("user").get("id").asText();
        assertProblem(admin.patchJson("/api/v1/users/" + monaId, "{\"roles\":[\"owner\"]}"), 403, "role.owner-only");
        assertProblem(admin.postJson("/api/v1/users", "{\"email\":\"crony@alnoor.sa\",\"roles\":[\"owner\"]}"), 403,
                "role.owner-only");
        assertProblem(admin.patchJson("/api/v1/users/" + ownerId(owner), "{\"status\":\"disabled\"}"), 403, "user.outranks");
        assertProblem(admin.delete("/api/v1/users/" + ownerId(owner)), 403, "user.outranks");
        assertEquals("an admin manages the staff below", 200,
                admin.patchJson("/api/v1/users/" + khalidId, "{\"name\":\"خالد الزهراني\"}").status());
        assertProblem(owner.delete("/api/v1/users/" + ownerId(owner)), 409, "user.self-delete");

        JsonNode entries = owner.get("/api/v1/audit?entity=user&entityId=" + saraId).json().get("items");
        assertEquals(entries.toString(), "update", entries.get(0).get("action").asText());
        assertEquals("viewer", entries.get(0).get("changes").get("roles").get("before").asText());
        assertEquals("viewer,collector", entries.get(0).get("changes").get("roles").get("after").asText());
        assertEquals("127.0.0.1", entries.get(0).get("clientAddress").asText());
        assertNotNull(entries.get(0).get("requestId").asText());
        assertEquals(ownerId(owner), entries.get(0).get("userId").asText());
        JsonNode passwordSet = null;
        for (JsonNode entry : entries) {
            if (entry.get("action").asText().equals("reset-password")) {
                passwordSet = entry;
            }
        }
        assertNotNull(entries.toString(), passwordSet);
        assertEquals(saraId, passwordSet.get("userId").asText());
        assertFalse("no password in the audit log", owner.get("/api/v1/audit?limit=100").body().contains(saraPassword));
        JsonNode bySara = owner.get("/api/v1/audit?userId=" + saraId).json().get("items");
        assertTrue(bySara.size() >= 1);
        assertProblem(owner.get("/api/v1/audit?from=yesterday"), 422, "validation-failed");

        String entryId = entries.get(0).get("id").asText();
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            Http.Answer change = owner.send(method, "/api/v1/audit/" + entryId, method.equals("DELETE") ? null : "{}",
                    "application/json");
            assertProblem(change, 405, "method-not-allowed");
        }
        assertEquals(entryId, owner.get("/api/v1/audit/" + entryId).json().get("id").asText());
    }

    @Test
    public void t06_noTenantCanReachAnotherTenantsObjects() throws Exception {
        Http owner = as(alnoorOwnerToken);
        String roleKey = "collector";
        String auditEntry = owner.get("/api/v1/audit?limit=1").json().get("items").get(0).get("id").asText();
        Http demo = as(demoOwnerToken);

        List<Http.Answer> attempts = new ArrayList<>();
        attempts.add(demo.get("/api/v1/users/" + saraId));
        attempts.add(demo.patchJson("/api/v1/users/" + saraId, "{\"name\":\"stolen\"}"));
        attempts.add(demo.patchJson("/api/v1/users/" + saraId, "{\"status\":\"disabled\"}"));
        attempts.add(demo.delete("/api/v1/users/" + khalidId));
        attempts.add(demo.get("/api/v1/audit/" + auditEntry));
        attempts.add(demo.putJson("/api/v1/roles/" + roleKey, "{\"nameAr\":\"س\",\"nameEn\":\"x\",\"permissions\":[]}"));
        attempts.add(demo.delete("/api/v1/roles/" + roleKey));
        for (Http.Answer attempt : attempts) {
            assertProblem(attempt, 404, "not-found");
            assertFalse(attempt.body(), attempt.body().contains("alnoor") || attempt.body().contains("سارة"));
        }
        for (String list : List.of("/api/v1/users?limit=100", "/api/v1/audit?limit=100", "/api/v1/roles")) {
            String body = demo.get(list).body();
            assertFalse(list + " of demo shows nothing of alnoor: " + body, body.contains("alnoor.sa")
                    || body.contains(saraId) || body.contains("collector"));
        }
        assertProblem(demo.get("/api/v1/platform/tenants/" + alnoorId), 403, "forbidden");
        assertEquals("سارة العتيبي", owner.get("/api/v1/users/" + saraId).json().get("name").asText());
        assertEquals("active", owner.get("/api/v1/users/" + saraId).json().get("status").asText());
        assertEquals(200, owner.get("/api/v1/users/" + khalidId).status());
    }

    @Test
    public void t07_refreshTokensRotateAndAReusedOneEndsTheFamily() throws Exception {
        JsonNode first = login("alnoor", "khalid@alnoor.sa", "Khalid-Pass-2026").json();
        Http.Answer rotated = refresh(first.get("refreshToken").asText());
        assertEquals(rotated.toString(), 200, rotated.status());
        String second = rotated.json().get("refreshToken").asText();
        assertFalse(second.equals(first.get("refreshToken").asText()));
        assertEquals(200, as(rotated.json().get("accessToken").asText()).get("/api/v1/me").status());

        assertProblem(refresh(first.get("refreshToken").asText()), 401, "refresh-token.reused");
        assertProblem(refresh(second), 401, "refresh-token.invalid");

        JsonNode again = login("alnoor", "khalid@alnoor.sa", "Khalid-Pass-2026").json();
        assertEquals(204, http.postJson("/api/v1/auth/logout", "{\"refreshToken\":\"" + again.get("refreshToken").asText()
                + "\"}").status());
        assertProblem(refresh(again.get("refreshToken").asText()), 401, "refresh-token.invalid");
        assertProblem(refresh("garbage"), 401, "refresh-token.invalid");
    }

    @Test
    public void t08_accessTokensAreCheckedStrictly() throws Exception {
        String[] parts = alnoorOwnerToken.split("\\.");
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA";
        JWTClaimsSet claims = SignedJWT.parse(alnoorOwnerToken).getJWTClaimsSet();
        String otherAlgorithm = sign(JWSAlgorithm.HS384, claims);
        String expired = sign(JWSAlgorithm.HS256, new JWTClaimsSet.Builder(claims)
                .expirationTime(new Date(System.currentTimeMillis() - 120_000)).build());
        String foreignKey = signWith("another-key-of-enough-length-0123456789-abcdef", claims);

        for (String token : List.of(unsigned, tampered, otherAlgorithm, foreignKey, "not.a.jwt", "x")) {
            Http.Answer answer = as(token).get("/api/v1/me");
            assertProblem(answer, 401, "token.invalid");
            assertEquals("Bearer realm=\"doganhub\"", answer.header("WWW-Authenticate"));
        }
        assertProblem(as(expired).get("/api/v1/me"), 401, "token.expired");
        assertEquals("a token signed the right way is accepted", 200,
                as(sign(JWSAlgorithm.HS256, claims)).get("/api/v1/me").status());
    }

    @Test
    public void t09_aSuspendedTenantsUsersAreRefusedWithTheReason() throws Exception {
        Http operator = as(operatorToken);
        Http.Answer suspended = operator.patchJson("/api/v1/platform/tenants/" + alnoorId, "{\"status\":\"suspended\"}");
        assertEquals(suspended.toString(), "suspended", suspended.json().get("status").asText());

        Http.Answer refused = as(alnoorOwnerToken).withHeader("Accept-Language", "ar").get("/api/v1/me");
        assertProblem(refused, 403, "tenant-suspended");
        assertTrue(refused.body(), refused.json().get("detail").asText().contains("موقوفة"));
        assertProblem(login("alnoor", "owner@alnoor.sa", ALNOOR_OWNER_PASSWORD), 403, "tenant-suspended");
        assertProblem(operator.patchJson("/api/v1/platform/tenants/" + alnoorId, "{\"status\":\"paused\"}"), 422,
                "validation-failed");

        operator.patchJson("/api/v1/platform/tenants/" + alnoorId, "{\"status\":\"active\"}");
        assertEquals(200, as(alnoorOwnerToken).get("/api/v1/me").status());
        JsonNode operatorLog = operator.get("/api/v1/audit?entity=tenant&entityId=" + alnoorId).json().get("items");
        assertEquals(operatorLog.toString(), List.of("reactivate", "suspend", "create"), actions(operatorLog));
    }

    @Test
    public void t10_aPasswordResetArrivesByMailAndWorksOnce() throws Exception {
        JsonNode saraSession = login("alnoor", "sara@alnoor.sa", saraPassword).json();
        String saraRefresh = saraSession.get("refreshToken").asText();
        Http saraBefore = as(saraSession.get("accessToken").asText());
        assertEquals(200, saraBefore.get("/api/v1/me").status());
        Thread.sleep(1100); // access tokens carry whole seconds; the reset must fall in a later second than their iat
        int before = Itest.mailsTo("alnoor", "sara@alnoor.sa").size();
        assertEquals(202, http.postJson("/api/v1/auth/password-reset", "{\"tenant\":\"alnoor\",\"email\":\"sara@alnoor.sa\"}").status());
        assertEquals("no enumeration", 202, http.postJson("/api/v1/auth/password-reset",
                "{\"tenant\":\"alnoor\",\"email\":\"nobody@alnoor.sa\"}").status());
        assertEquals(202, http.postJson("/api/v1/auth/password-reset", "{\"tenant\":\"nowhere\",\"email\":\"sara@alnoor.sa\"}").status());
        waitFor("the reset mail", () -> Itest.mailsTo("alnoor", "sara@alnoor.sa").size() == before + 1, 10);
        String mail = Itest.lastMailTo("alnoor", "sara@alnoor.sa", 10);
        assertTrue(mail, mail.contains("https://erp.doganhub.test/reset-password?token="));
        String token = tokenIn(mail);

        Http.Answer weak = http.postJson("/api/v1/auth/password-reset/confirm", "{\"token\":\"" + token
                + "\",\"newPassword\":\"1234567890\"}");
        assertProblem(weak, 422, "validation-failed");
        assertEquals("newPassword", weak.json().get("errors").get(0).get("field").asText());
        saraPassword = "Sara-New-Secret-77";
        assertEquals(204, http.postJson("/api/v1/auth/password-reset/confirm", "{\"token\":\"" + token
                + "\",\"newPassword\":\"" + saraPassword + "\"}").status());
        Http.Answer reused = http.postJson("/api/v1/auth/password-reset/confirm", "{\"token\":\"" + token
                + "\",\"newPassword\":\"Another-Secret-88\"}");
        assertProblem(reused, 422, "validation-failed");
        assertEquals("action-token.invalid", reused.json().get("errors").get(0).get("code").asText());

        assertEquals(200, login("alnoor", "sara@alnoor.sa", saraPassword).status());
        assertProblem(refresh(saraRefresh), 401, "refresh-token.invalid");
        assertProblem(saraBefore.get("/api/v1/me"), 401, "token.revoked");
    }

    @Test
    public void t11_installingAModuleAddsItsPermissionsAndUninstallingRemovesThem() throws Exception {
        Http owner = as(alnoorOwnerToken);
        assertFalse(owner.get("/api/v1/permissions").body().contains("sample.note.read"));
        features.installFeature("doganhub-sample-module", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        waitFor("the sample permissions", () -> owner.get("/api/v1/permissions").body().contains("sample.note.read"), 120);
        assertTrue(contains(owner.get("/api/v1/me").json().get("permissions"), "sample.note.write"));
        Http.Answer role = owner.putJson("/api/v1/roles/collector", "{\"nameAr\":\"محصّل\",\"nameEn\":\"Collector\","
                + "\"permissions\":[\"core.user.read\",\"core.audit.read\",\"sample.note.read\"]}");
        assertEquals(role.toString(), 200, role.status());
        Itest.waitForStatus(context, owner, "/api/v1/sample/notes", 200, 60);

        features.uninstallFeature("doganhub-sample-module", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        waitFor("the sample permissions are gone", () -> !owner.get("/api/v1/permissions").body().contains("sample."), 60);
        assertFalse(owner.get("/api/v1/me").body().contains("sample.note"));
        JsonNode collector = null;
        for (JsonNode candidate : owner.get("/api/v1/roles").json()) {
            if (candidate.get("key").asText().equals("collector")) {
                collector = candidate;
            }
        }
        assertNotNull(collector);
        assertEquals("the other permissions stay", List.of("core.audit.read", "core.user.read"),
                texts(collector.get("permissions")));
        String saraToken = login("alnoor", "sara@alnoor.sa", saraPassword).json().get("accessToken").asText();
        assertEquals("the role still works", 200, as(saraToken).get("/api/v1/audit").status());
    }

    @Test
    public void t12_theShellManagesTenantsAndUsers() throws Exception {
        String created = shell("doganhub:tenant-create --name-ar \"مؤسسة الأفق\" --name-en \"Al Ofoq Est\" --vat 311111111100003"
                + " --cr 2050012345 --building 7421 --street \"شارع الأمير سلطان\" --district الخالدية --city جدة"
                + " --postal-code 23423 --owner-password Ofoq-Owner-2026 ofoq owner@ofoq.sa");
        assertTrue(created, created.contains("Created tenant ofoq"));
        String list = shell("doganhub:tenant-list");
        assertTrue(list, list.contains("ofoq") && list.contains("alnoor") && list.contains("Al Ofoq Est"));
        String refused = shell("doganhub:tenant-create --name-ar x --name-en x --vat 1 --cr 1 --building 1 --street s"
                + " --district d --city c --postal-code 1 bad owner@bad.sa");
        assertTrue(refused, refused.contains("vatNumber") && refused.contains("crNumber"));

        String user = shell("doganhub:user-create --role accountant --password Ofoq-Accountant-1 ofoq amal@ofoq.sa");
        assertTrue(user, user.contains("Created user amal@ofoq.sa"));
        assertEquals(200, login("ofoq", "amal@ofoq.sa", "Ofoq-Accountant-1").status());

        String reset = shell("doganhub:user-reset-password ofoq amal@ofoq.sa");
        Matcher generated = Pattern.compile("New password for amal@ofoq.sa: (\\S+)").matcher(reset);
        assertTrue(reset, generated.find());
        assertEquals(200, login("ofoq", "amal@ofoq.sa", generated.group(1)).status());
        assertProblem(login("ofoq", "amal@ofoq.sa", "Ofoq-Accountant-1"), 401, "login.failed");
    }

    @Test
    public void t13_repeatedFailuresLockTheAccountThenTheAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertProblem(login("alnoor", "khalid@alnoor.sa", "guess-number-" + i), 401, "login.failed");
        }
        Http.Answer locked = login("alnoor", "khalid@alnoor.sa", "Khalid-Pass-2026");
        assertProblem(locked, 429, "login.too-many-attempts");
        int retryAfter = Integer.parseInt(locked.header("Retry-After"));
        assertTrue("Retry-After " + retryAfter, retryAfter > 800 && retryAfter <= 900);
        assertEquals("another account is not locked", 200, login("alnoor", "sara@alnoor.sa", saraPassword).status());

        Http.Answer last = null;
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            last = login("demo", "guess" + i + "@demo.local", "guess-password-" + i);
        }
        assertProblem(last, 429, "login.too-many-attempts");
        assertProblem(login("demo", "owner@demo.local", BOOTSTRAP_PASSWORD), 429, "login.too-many-attempts");
    }

    private Http.Answer login(String tenant, String email, String password) throws IOException {
        return http.postJson("/api/v1/auth/login", "{\"tenant\":\"" + tenant + "\",\"email\":\"" + email
                + "\",\"password\":\"" + password + "\"}");
    }

    private Http.Answer refresh(String token) throws IOException {
        return http.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + token + "\"}");
    }

    private Http as(String accessToken) {
        return http.withHeader("Authorization", "Bearer " + accessToken);
    }

    private static String ownerId(Http owner) throws IOException {
        return owner.get("/api/v1/me").json().get("user").get("id").asText();
    }

    private static String tenantJson(String slug, String vat, String cr, String ownerPassword) {
        return "{\"slug\":\"" + slug + "\",\"nameAr\":\"شركة النور للتجارة\",\"nameEn\":\"Al Noor Trading Co.\","
                + "\"vatNumber\":\"" + vat + "\",\"crNumber\":\"" + cr + "\",\"locale\":\"ar\","
                + "\"address\":{\"buildingNumber\":\"8228\",\"street\":\"طريق العروبة\",\"district\":\"الورود\","
                + "\"city\":\"الرياض\",\"postalCode\":\"12643\"},"
                + "\"owner\":{\"email\":\"owner@" + slug + ".sa\",\"name\":\"نورة\",\"password\":\"" + ownerPassword + "\"}}";
    }

    private static String sign(JWSAlgorithm algorithm, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String signWith(String key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private String shell(String command) throws Exception {
        return Itest.shell(shell, command);
    }

    private static String tokenIn(String mail) {
        Matcher token = MAILED_TOKEN.matcher(mail);
        assertTrue(mail, token.find());
        return token.group(1);
    }

    private static List<String> fields(Http.Answer problem) throws IOException {
        List<String> fields = new ArrayList<>();
        problem.json().get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> actions(JsonNode entries) {
        List<String> actions = new ArrayList<>();
        entries.forEach(entry -> actions.add(entry.get("action").asText()));
        return actions;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
