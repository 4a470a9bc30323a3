package com.doganhub.integration.storage.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.ObjectStoreContract;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.testing.peers.AzuritePeer;
import com.doganhub.testing.peers.PeerProcess;

/**
 * The storage contract against a real Azure peer (Azurite, which checks Shared Key signatures and SAS), plus blocks,
 * SAS expiry, connection strings and refused keys.
 */
class AzureBlobStoreTest extends ObjectStoreContract {

    private static PeerProcess azurite;
    private static AzureBlobStore store;

    @BeforeAll
    static void connect() {
        azurite = AzuritePeer.shared();
        store = new AzureBlobStore(AzureAccount.fromConnectionString(AzuritePeer.connectionString(azurite)),
                "doganhub", "", 1024 * 1024, Duration.ofSeconds(10), Clock.systemUTC());
        store.createContainerIfMissing();
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Test
    void aBlobWrittenInBlocksKeepsItsChecksumInTheService() throws Exception {
        String tenant = "t-" + UUID.randomUUID();
        long size = 3L * 1024 * 1024 + 5; // four blocks of 1 MiB, the last one short
        var written = store.write(tenant + "/blocks.bin", new PatternStream(size), "application/octet-stream");

        var stat = store.stat(tenant + "/blocks.bin").orElseThrow();
        assertThat(stat.size()).isEqualTo(size);
        assertThat(stat.sha256()).isEqualTo(written.sha256());
        assertThat(store.list(tenant + "/")).singleElement().satisfies(listed -> {
            assertThat(listed.sha256()).isEqualTo(written.sha256());
            assertThat(listed.contentType()).isEqualTo("application/octet-stream");
        });
        try (InputStream in = store.read(tenant + "/blocks.bin").orElseThrow()) {
            assertThat(sha256(in)).isEqualTo(written.sha256());
        }
    }

    @Test
    void aSasLinkReadsTheBlobUntilItExpiresAndNotAfter() throws Exception {
        String key = "t-" + UUID.randomUUID() + "/invoice.pdf";
        store.write(key, bytes("%PDF-1.7 invoice"), "application/pdf");
        HttpClient http = HttpClient.newHttpClient();

        PresignedLink valid = store.presign(key, Duration.ofMinutes(5)).orElseThrow();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(valid.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("%PDF-1.7 invoice");
        assertThat(valid.url().getQuery()).contains("sp=r").doesNotContain(AzuritePeer.ACCOUNT_KEY);

        AzureBlobStore past = new AzureBlobStore(AzureAccount.fromConnectionString(
                AzuritePeer.connectionString(azurite)), "doganhub", "", 1024 * 1024, Duration.ofSeconds(10),
                Clock.fixed(Instant.now().minusSeconds(3600), ZoneOffset.UTC));
        PresignedLink expired = past.presign(key, Duration.ofMinutes(5)).orElseThrow();
        assertThat(http.send(HttpRequest.newBuilder(expired.url()).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);

        URI tampered = URI.create(valid.url().toString().replace("invoice.pdf", "other.pdf"));
        assertThat(http.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongKeyIsRefusedAndTheErrorNamesNeitherKey() {
        AzureBlobStore wrongKey = new AzureBlobStore(AzureAccount.of(AzuritePeer.ACCOUNT,
                "d3Jvbmcta2V5LXdyb25nLWtleS13cm9uZy1rZXktd3Jvbmcta2V5", AzuritePeer.blobEndpoint(azurite)),
                "doganhub", "", 1024 * 1024, Duration.ofSeconds(5), Clock.systemUTC());

        assertThatThrownBy(() -> wrongKey.write("t/a.txt", bytes("a"), "text/plain"))
                .isInstanceOf(StorageUnavailable.class).hasMessageContaining("HTTP 403")
                .hasMessageNotContaining(AzuritePeer.ACCOUNT_KEY).hasMessageNotContaining("d3Jvbmct");
    }

    @Test
    void theProbeWritesReadsAndLeavesNothingBehind() {
        assertThat(store.probe()).contains("container doganhub");
        assertThat(store.list(".doganhub-probe/")).isEmpty();
    }

    @Test
    void connectionStringsOfAzureAndOfTheEmulatorResolveTheirEndpoints() {
        AzureAccount azure = AzureAccount.fromConnectionString(
                "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=a2V5;EndpointSuffix=core.windows.net");
        assertThat(azure.blobEndpoint()).hasToString("https://acme.blob.core.windows.net");
        assertThat(azure.toString()).doesNotContain("a2V5");
        assertThat(AzureAccount.fromConnectionString("UseDevelopmentStorage=true").blobEndpoint())
                .hasToString("http://127.0.0.1:10000/devstoreaccount1");
        assertThatThrownBy(() -> AzureAccount.fromConnectionString("AccountName=acme"))
                .hasMessageContaining("AccountKey");
    }
}
