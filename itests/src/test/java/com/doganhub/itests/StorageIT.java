package com.doganhub.itests;

import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import javax.inject.Inject;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageGateway;
import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The storage gateway in the distribution on its embedded default (the local provider): tenant-prefixed objects,
 * checksums, platform-signed links served over HTTP, and a provider bundle that leaves and comes back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class StorageIT {

    static final String PASSWORD = "Storage-Bootstrap-2026";

    @Inject
    private BundleContext context;

    @Inject
    private TenantScope tenantScope;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Itest.distribution(TestPostgres.createDatabase("doganhub_storage_it"),
                editConfigurationFilePut("etc/com.doganhub.identity.cfg", "bootstrap.password", PASSWORD),
                editConfigurationFilePut("etc/com.doganhub.storage.cfg", "publicUrl", "http://127.0.0.1:" + Itest.HTTP_PORT),
                editConfigurationFilePut("etc/com.doganhub.storage.cfg", "maxUploadBytes", String.valueOf(1024 * 1024)),
                editConfigurationFilePut("etc/com.doganhub.storage.cfg", "quotaBytes", String.valueOf(3 * 1024 * 1024)));
    }

    @Test
    public void t1_theLocalProviderIsTheCheckedDefault() throws Exception {
        Http operator = operator();
        waitFor("the local storage check", () -> {
            JsonNode storage = operator.get("/api/v1/admin/providers/storage").json();
            return storage.get("active").toString().equals("[\"local\"]")
                    && "UP".equals(storage.get("providers").get(0).path("lastCheck").path("outcome").asText());
        }, 60);
    }

    @Test
    public void t2_objectsKeepTheirChecksumAndStayWithTheirTenant() throws Exception {
        StorageGateway storage = Itest.service(context, StorageGateway.class, null);
        byte[] content = "فاتورة ضريبية — INV-42".getBytes(StandardCharsets.UTF_8);
        StoredObject stored = as("tenant-a", () -> storage.put("invoices/INV-42.pdf", new ByteArrayInputStream(content),
                "application/pdf"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), stored.sha256());
        assertEquals(content.length, stored.size());
        assertTrue(as("tenant-b", () -> storage.stat("invoices/INV-42.pdf").isEmpty()));
        assertTrue(as("tenant-b", () -> storage.list("").isEmpty()));
        try (InputStream in = as("tenant-a", () -> storage.open("invoices/INV-42.pdf").orElseThrow())) {
            assertEquals("فاتورة ضريبية — INV-42", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    public void t3_aSignedLinkServesTheObjectAnonymouslyAndATamperedOneNothing() throws Exception {
        StorageGateway storage = Itest.service(context, StorageGateway.class, null);
        as("tenant-a", () -> storage.put("exports/customers.csv",
                new ByteArrayInputStream("name\nسارة\n".getBytes(StandardCharsets.UTF_8)), "text/csv"));
        PresignedLink link = as("tenant-a", () -> storage.link("exports/customers.csv", Duration.ofMinutes(5)));
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> served = client.send(HttpRequest.newBuilder(link.url()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, served.statusCode());
        assertEquals("name\nسارة\n", served.body());
        assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));

        String url = link.url().toString();
        String tampered = url.substring(0, url.length() - 3) + (url.endsWith("AAA") ? "BBB" : "AAA");
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(tampered)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, refused.statusCode());
        assertFalse(refused.body().contains("tenant-a"));
    }

    @Test
    public void t4_theProviderBundleLeavesAndComesBackWithTheFilesIntact() throws Exception {
        StorageGateway storage = Itest.service(context, StorageGateway.class, null);
        as("tenant-a", () -> storage.put("kept.txt", new ByteArrayInputStream("kept".getBytes(StandardCharsets.UTF_8)),
                "text/plain"));
        Bundle local = null;
        for (Bundle bundle : context.getBundles()) {
            if ("doganhub-storage-local".equals(bundle.getSymbolicName())) {
                local = bundle;
            }
        }
        local.stop();
        try {
            try {
                as("tenant-a", () -> storage.stat("kept.txt"));
                throw new AssertionError("the gateway answered without a provider");
            } catch (com.doganhub.integration.api.storage.StorageUnavailable expected) {
                assertTrue(expected.getMessage().contains("no storage provider"));
            }
        } finally {
            local.start();
        }
        waitFor("the local provider again", () -> {
            try {
                return as("tenant-a", () -> storage.stat("kept.txt").isPresent());
            } catch (RuntimeException notYet) {
                return false;
            }
        }, 30);
    }

    @Test
    public void t5_theFilesApiStoresSniffsLinksAndKeepsTenantsApart() throws Exception {
        Http owner = login("demo", "owner@demo.local");
        byte[] png = new byte[2048];
        byte[] magic = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        System.arraycopy(magic, 0, png, 0, magic.length);
        Http.Answer uploaded = owner.postFile("/api/v1/files", "../../etc/شعار.png", "text/plain", png,
                java.util.Map.of("entityType", "crm-contact", "entityId", "c-42"));
        assertEquals(uploaded.toString(), 201, uploaded.status());
        JsonNode file = uploaded.json();
        assertEquals("image/png", file.get("contentType").asText());
        assertEquals("شعار.png", file.get("name").asText());
        assertEquals(2048, file.get("size").asLong());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)), file.get("sha256").asText());
        assertEquals("crm-contact", file.get("entityType").asText());
        String id = file.get("id").asText();

        Http.Answer content = owner.get("/api/v1/files/" + id + "/content");
        assertEquals(200, content.status());
        assertEquals("nosniff", content.header("X-Content-Type-Options"));
        assertEquals(1, owner.get("/api/v1/files?entityType=crm-contact&entityId=c-42").json().get("items").size());
        JsonNode link = owner.get("/api/v1/files/" + id + "/link?ttl=60").json();
        HttpResponse<byte[]> viaLink = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                link.get("url").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, viaLink.statusCode());
        assertTrue(java.util.Arrays.equals(png, viaLink.body()));

        Http operator = operator();
        Itest.assertProblem(operator.get("/api/v1/files/" + id), 404, "not-found");
        Itest.assertProblem(operator.get("/api/v1/files/" + id + "/content"), 404, "not-found");
        Itest.assertProblem(operator.delete("/api/v1/files/" + id), 404, "not-found");
        assertEquals(0, operator.get("/api/v1/files").json().get("items").size());

        Http.Answer tooLarge = owner.postFile("/api/v1/files", "big.bin", "application/octet-stream",
                new byte[2 * 1024 * 1024], java.util.Map.of());
        Itest.assertProblem(tooLarge, 413, "file.too-large");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, owner.postFile("/api/v1/files", "part-" + i + ".bin", "application/octet-stream",
                    new byte[900 * 1024], java.util.Map.of()).status());
        }
        Http.Answer overQuota = owner.withHeader("Accept-Language", "ar").postFile("/api/v1/files", "more.bin",
                "application/octet-stream", new byte[900 * 1024], java.util.Map.of());
        Itest.assertProblem(overQuota, 422, "validation-failed");
        assertEquals("file.quota", overQuota.json().get("errors").get(0).get("code").asText());
        assertTrue(overQuota.body(), overQuota.json().get("errors").get(0).get("message").asText().contains("3.0"));
        Itest.assertProblem(owner.postJson("/api/v1/files", "{}"), 415, "unsupported-media-type");

        assertEquals(204, owner.delete("/api/v1/files/" + id).status());
        Itest.assertProblem(owner.get("/api/v1/files/" + id), 404, "not-found");
    }

    private Http login(String tenant, String email) throws Exception {
        return http.withHeader("Authorization", "Bearer "
                + Itest.login(context, http, tenant, email, PASSWORD).get("accessToken").asText());
    }

    private <T> T as(String tenantId, java.util.concurrent.Callable<T> work) throws Exception {
        return tenantScope.callAs(new TenantContext(tenantId, tenantId, "itest-user", Locale.ENGLISH, Set.of()), work);
    }

    private Http operator() throws Exception {
        return login("platform", "operator@doganhub.local");
    }
}
