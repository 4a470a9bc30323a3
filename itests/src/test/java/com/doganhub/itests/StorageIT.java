package com.doganhub.itests;

import static com.doganhub.itests.Itest.waitFor;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
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

import org.apache.karaf.shell.api.console.SessionFactory;
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
import org.osgi.service.cm.ConfigurationAdmin;

import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageGateway;
import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.platform.api.TenantContext;
import com.doganhub.platform.api.TenantScope;
import com.doganhub.testing.peers.AzuritePeer;
import com.doganhub.testing.peers.PeerProcess;
import com.doganhub.testing.peers.S3MockPeer;
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

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private SessionFactory sessions;

    private final Http http = new Http(Itest.HTTP_PORT);

    @Configuration
    public Option[] configuration() {
        return Itest.distribution(TestPostgres.createDatabase("doganhub_storage_it"),
                mavenBundle("com.doganhub", "doganhub-test-peers", System.getProperty("doganhub.version")),
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
                    && "UP".equals(provider(storage, "local").path("lastCheck").path("outcome").asText());
        }, 60);
        JsonNode storage = operator.get("/api/v1/admin/providers/storage").json();
        for (String unconfigured : new String[] { "s3", "azure" }) {
            JsonNode provider = provider(storage, unconfigured);
            assertFalse(provider.toString(), provider.get("configured").asBoolean());
        }
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

        // 2.7 MB of 3 MB used: two concurrent 200 KB uploads each fit alone, not together. Exactly one may land.
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> racing = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = "race-" + i + ".bin";
                racing.add(two.submit(() -> {
                    start.await();
                    return owner.postFile("/api/v1/files", name, "application/octet-stream", new byte[200 * 1024],
                            java.util.Map.of()).status();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : racing) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            java.util.Collections.sort(statuses);
            assertEquals("one upload lands, the other is over the quota", java.util.List.of(201, 422), statuses);
        } finally {
            two.shutdownNow();
        }

        String metrics = http.get("/metrics").body();
        assertTrue(metrics, metrics.lines().anyMatch(line -> line.startsWith("doganhub_provider_calls_seconds_count{")
                && line.contains("capability=\"storage\"") && line.contains("provider=\"local\"")
                && line.contains("operation=\"put\"") && line.contains("outcome=\"ok\"")));
    }

    @Test
    public void t6_s3TakesOverAtRuntimeAfterAVerifiedMigrationAndAnOutageLosesNothing() throws Exception {
        java.nio.file.Path s3Data = java.nio.file.Files.createTempDirectory("itest-s3mock");
        PeerProcess s3 = S3MockPeer.start(s3Data, "doganhub-itest");
        configure("com.doganhub.storage.s3", java.util.Map.of("bucket", "doganhub-itest", "region", "us-east-1",
                "accessKeyId", S3MockPeer.ACCESS_KEY, "secretAccessKey", S3MockPeer.SECRET_KEY,
                "endpoint", s3.baseUrl(), "pathStyle", "true"));
        Http operator = operator();
        Http owner = login("demo", "owner@demo.local");
        waitFor("a configured s3 provider whose check passes", () -> "UP".equals(checked(operator, "s3")), 60);
        JsonNode before = owner.get("/api/v1/files").json().get("items");
        assertTrue("t5 left files on local storage", before.size() > 0);

        String migrated = Itest.shell(sessions, "doganhub:storage-migrate local s3");
        assertTrue(migrated, migrated.contains("0 failed") && migrated.contains("Switch with"));
        assertTrue(migrated, Itest.shell(sessions, "doganhub:storage-migrate local s3").contains("0 copied"));
        useStorage(operator, "s3");

        for (JsonNode file : before) {
            assertEquals(file.get("sha256").asText(), owner.sha256Of("/api/v1/files/" + file.get("id").asText() + "/content"));
        }
        byte[] report = "تقرير,report\n1,2\n".getBytes(StandardCharsets.UTF_8);
        Http.Answer uploaded = owner.postFile("/api/v1/files", "report.csv", "text/csv", report, java.util.Map.of());
        assertEquals(uploaded.toString(), 201, uploaded.status());
        String id = uploaded.json().get("id").asText();
        JsonNode link = owner.get("/api/v1/files/" + id + "/link?ttl=120").json();
        assertTrue(link.toString(), link.get("url").asText().startsWith(s3.baseUrl() + "/doganhub-itest/")
                && link.get("url").asText().contains("X-Amz-Signature=")
                && !link.get("url").asText().contains(S3MockPeer.SECRET_KEY));
        HttpResponse<byte[]> viaLink = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                link.get("url").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, viaLink.statusCode());
        assertTrue(java.util.Arrays.equals(report, viaLink.body()));

        // The provider goes away in the middle of the day: uploads answer 503 and leave no metadata behind.
        int filesBefore = owner.get("/api/v1/files").json().get("items").size();
        s3.close();
        Http.Answer duringOutage = owner.postFile("/api/v1/files", "during-outage.bin", "application/octet-stream",
                new byte[64 * 1024], java.util.Map.of());
        Itest.assertProblem(duringOutage, 503, "storage.unavailable");
        assertFalse(duringOutage.body(), duringOutage.body().contains(S3MockPeer.SECRET_KEY)
                || duringOutage.body().contains("Exception"));
        assertEquals(filesBefore, owner.get("/api/v1/files").json().get("items").size());
        waitFor("the s3 check to see the outage", () -> "DOWN".equals(checked(operator, "s3")), 60);

        PeerProcess back = S3MockPeer.startOn(s3.port(), s3Data, "doganhub-itest");
        try {
            assertEquals(201, owner.postFile("/api/v1/files", "after-outage.bin", "application/octet-stream",
                    new byte[64 * 1024], java.util.Map.of()).status());
            assertEquals(filesBefore + 1, owner.get("/api/v1/files").json().get("items").size());

            streamTwoHundredMegabytesWithLittleHeap(owner);
        } finally {
            useStorage(operator, "local");
            back.close();
        }
    }

    /** 200 MB through the files API into S3: the live heap (measured after full collections) grows by less than 64 MB. */
    private void streamTwoHundredMegabytesWithLittleHeap(Http owner) throws Exception {
        configure("com.doganhub.storage", java.util.Map.of("publicUrl", "http://127.0.0.1:" + Itest.HTTP_PORT,
                "maxUploadBytes", String.valueOf(256L * 1024 * 1024), "quotaBytes", String.valueOf(1024L * 1024 * 1024)));
        long size = 200L * 1024 * 1024;
        byte[] head = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        try {
            waitFor("the larger upload limit", () -> owner.postFile("/api/v1/files", "probe.bin",
                    "application/octet-stream", new byte[30 * 1024 * 1024], java.util.Map.of()).status() == 201, 60);
            long baseline = liveHeap();
            java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(baseline);
            java.util.concurrent.atomic.AtomicBoolean uploading = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (uploading.get()) {
                    peak.accumulateAndGet(liveHeap(), Math::max);
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "itest-heap-sampler");
            sampler.start();
            Http.Answer big;
            try {
                big = owner.postFile("/api/v1/files", "scan.png", "application/octet-stream",
                        new java.io.SequenceInputStream(new ByteArrayInputStream(head), new PatternStream(size - head.length)),
                        size, java.util.Map.of());
            } finally {
                uploading.set(false);
                sampler.join();
            }
            assertEquals(big.toString(), 201, big.status());
            long grew = peak.get() - baseline;
            System.out.printf("200 MB upload: live heap baseline %d MB, peak %d MB, extra %d MB%n",
                    baseline >> 20, peak.get() >> 20, grew >> 20);
            assertTrue("the live heap grew by " + (grew >> 20) + " MB", grew < 64L * 1024 * 1024);
            JsonNode file = big.json();
            assertEquals(size, file.get("size").asLong());
            assertEquals("image/png", file.get("contentType").asText());
            assertEquals(file.get("sha256").asText(), owner.sha256Of("/api/v1/files/" + file.get("id").asText() + "/content"));
            assertEquals(204, owner.delete("/api/v1/files/" + file.get("id").asText()).status());
        } finally {
            configure("com.doganhub.storage", java.util.Map.of("publicUrl", "http://127.0.0.1:" + Itest.HTTP_PORT,
                    "maxUploadBytes", String.valueOf(1024 * 1024), "quotaBytes", String.valueOf(64 * 1024 * 1024)));
        }
    }

    @Test
    public void t7_azureServesTheSameApiWithSasLinks() throws Exception {
        PeerProcess azurite = AzuritePeer.start(java.nio.file.Files.createTempDirectory("itest-azurite"));
        try {
            configure("com.doganhub.storage.azure", java.util.Map.of("connectionString",
                    AzuritePeer.connectionString(azurite), "container", "doganhub-itest", "createContainer", "true"));
            Http operator = operator();
            Http owner = login("demo", "owner@demo.local");
            waitFor("a configured azure provider whose check passes", () -> "UP".equals(checked(operator, "azure")), 60);
            String status = operator.get("/api/v1/admin/providers/storage").body();
            assertFalse(status, status.contains(AzuritePeer.ACCOUNT_KEY));

            // This time over REST, as an admin without shell access would.
            Itest.assertProblem(owner.postJson("/api/v1/admin/storage/migrations", "{\"from\":\"local\",\"to\":\"azure\"}"),
                    403, "forbidden");
            Http.Answer unknown = operator.postJson("/api/v1/admin/storage/migrations", "{\"from\":\"local\",\"to\":\"gcs\"}");
            Itest.assertProblem(unknown, 422, "validation-failed");
            assertEquals("to", unknown.json().get("errors").get(0).get("field").asText());
            assertTrue(unknown.body(), unknown.json().get("errors").get(0).get("message").asText().contains("azure, local, s3"));
            Itest.assertProblem(operator.postJson("/api/v1/admin/storage/migrations", "{\"from\":\"local\",\"to\":\"local\"}"),
                    422, "validation-failed");
            Http.Answer started = operator.postJson("/api/v1/admin/storage/migrations", "{\"from\":\"local\",\"to\":\"azure\"}");
            assertEquals(started.toString(), 202, started.status());
            waitFor("the REST migration to finish", () -> !"RUNNING".equals(
                    operator.get("/api/v1/admin/storage/migrations/latest").json().get("state").asText()), 60);
            JsonNode run = operator.get("/api/v1/admin/storage/migrations/latest").json();
            assertEquals(run.toString(), "COMPLETE", run.get("state").asText());
            assertEquals(0, run.get("report").get("failed").size());
            assertTrue(run.toString(), run.get("report").get("copied").asInt() > 0);
            useStorage(operator, "azure");
            byte[] pdf = "%PDF-1.7 فاتورة".getBytes(StandardCharsets.UTF_8);
            Http.Answer uploaded = owner.postFile("/api/v1/files", "invoice.pdf", "text/plain", pdf, java.util.Map.of());
            assertEquals(uploaded.toString(), 201, uploaded.status());
            assertEquals("application/pdf", uploaded.json().get("contentType").asText());
            String id = uploaded.json().get("id").asText();
            assertEquals(uploaded.json().get("sha256").asText(), owner.sha256Of("/api/v1/files/" + id + "/content"));
            String url = owner.get("/api/v1/files/" + id + "/link?ttl=120").json().get("url").asText();
            assertTrue(url, url.startsWith(AzuritePeer.blobEndpoint(azurite) + "/doganhub-itest/") && url.contains("sig="));
            HttpResponse<byte[]> viaSas = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, viaSas.statusCode());
            assertTrue(java.util.Arrays.equals(pdf, viaSas.body()));
            String container = AzuritePeer.blobEndpoint(azurite) + "/doganhub-itest/";
            String tenantSegment = url.substring(container.length(), url.indexOf('/', container.length()));
            HttpResponse<byte[]> otherTenant = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    url.replace(container + tenantSegment + "/", container + "another-tenant/"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(403, otherTenant.statusCode());
        } finally {
            useStorage(operator(), "local");
            azurite.close();
        }
    }

    /** Sets the platform's storage chain, riding out the 404s of a whiteboard republish after a configuration change. */
    private void useStorage(Http operator, String provider) throws Exception {
        Http.Answer[] last = new Http.Answer[1];
        waitFor("the storage chain " + provider, () -> {
            last[0] = operator.putJson("/api/v1/admin/providers/storage", "{\"chain\":[\"" + provider + "\"]}");
            return last[0].status() == 200;
        }, 30);
    }

    private static String checked(Http operator, String provider) throws Exception {
        return provider(operator.postJson("/api/v1/admin/providers/storage/check", "").json(), provider)
                .path("lastCheck").path("outcome").asText("absent");
    }

    private static JsonNode provider(JsonNode capability, String name) {
        for (JsonNode each : capability.path("providers")) {
            if (name.equals(each.path("name").asText())) {
                return each;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void configure(String pid, java.util.Map<String, String> values) throws Exception {
        org.osgi.service.cm.Configuration configuration = configurationAdmin.getConfiguration(pid, "?");
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        if (configuration.getProperties() != null) {
            java.util.Collections.list(configuration.getProperties().keys())
                    .forEach(key -> properties.put(key, configuration.getProperties().get(key)));
        }
        properties.putAll(values);
        configuration.update(properties);
    }

    /** The heap in use right after a full collection: what is really held, not garbage awaiting collection. */
    private static long liveHeap() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** {@code size} bytes of a repeating pattern, produced as read. */
    private static final class PatternStream extends InputStream {
        private final long size;
        private long position;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? (int) (position++ * 31 % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) (position++ * 31 % 251);
            }
            return count;
        }
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
