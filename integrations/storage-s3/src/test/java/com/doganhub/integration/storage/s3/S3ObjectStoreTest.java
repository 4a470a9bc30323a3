package com.doganhub.integration.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.ObjectStoreContract;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.testing.peers.PeerProcess;
import com.doganhub.testing.peers.S3MockPeer;

/** The storage contract against a real S3 peer (Adobe S3Mock), plus what only S3 does: parts, presigning, prefixes. */
class S3ObjectStoreTest extends ObjectStoreContract {

    private static S3ObjectStore store;

    @BeforeAll
    static void connect() {
        store = new S3ObjectStore(location(S3MockPeer.shared(), "doganhub", "", 5), Clock.systemUTC());
    }

    @AfterAll
    static void disconnect() {
        store.close();
    }

    static S3Location location(PeerProcess s3, String bucket, String prefix, int partMib) {
        return new S3Location(URI.create(s3.baseUrl()), "us-east-1", bucket, S3MockPeer.ACCESS_KEY,
                S3MockPeer.SECRET_KEY, true, prefix, partMib * 1024 * 1024, 10);
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Test
    void aPresignedLinkFetchesTheObjectWithPlainHttpAndSaysWhenItExpires() throws Exception {
        String key = "t-" + UUID.randomUUID() + "/report.csv";
        store.write(key, bytes("a,b\n1,2\n"), "text/csv");

        PresignedLink link = store.presign(key, Duration.ofMinutes(10)).orElseThrow();

        assertThat(link.url().getQuery()).contains("X-Amz-Expires=600").contains("X-Amz-Signature=")
                .doesNotContain(S3MockPeer.SECRET_KEY);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link.url()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void aSmallObjectKeepsItsChecksumInTheBucketAndAMultipartOneIsStillWhole() throws IOException {
        String tenant = "t-" + UUID.randomUUID();
        var small = store.write(tenant + "/small.txt", bytes("small"), "text/plain");
        assertThat(store.stat(tenant + "/small.txt").orElseThrow().sha256()).isEqualTo(small.sha256());

        long size = 5L * 1024 * 1024 * 2 + 17; // three parts, the last one short
        var big = store.write(tenant + "/three-parts.bin", new PatternStream(size), "application/octet-stream");
        assertThat(store.stat(tenant + "/three-parts.bin").orElseThrow().size()).isEqualTo(size);
        try (InputStream in = store.read(tenant + "/three-parts.bin").orElseThrow()) {
            assertThat(sha256(in)).isEqualTo(big.sha256());
        }
    }

    @Test
    void aKeyPrefixKeepsThePlatformInItsCornerOfASharedBucket() {
        try (S3ObjectStore prefixed = new S3ObjectStore(location(S3MockPeer.shared(), "doganhub", "platform-b/", 5),
                Clock.systemUTC())) {
            String tenant = "t-" + UUID.randomUUID();
            prefixed.write(tenant + "/a.txt", bytes("a"), "text/plain");

            assertThat(prefixed.list(tenant + "/")).extracting(o -> o.key()).containsExactly(tenant + "/a.txt");
            assertThat(store.stat(tenant + "/a.txt")).isEmpty();
            assertThat(store.stat("platform-b/" + tenant + "/a.txt")).isPresent();
        }
    }

    @Test
    void theProbeWritesReadsAndLeavesNothingBehind() {
        assertThat(store.probe()).contains("bucket doganhub");
        assertThat(store.list(".doganhub-probe/")).isEmpty();
    }

    @Test
    void anUnreachableEndpointOrMissingBucketIsUnavailableWithoutTheSecret() {
        try (S3ObjectStore missingBucket = new S3ObjectStore(location(S3MockPeer.shared(), "no-such-bucket", "", 5),
                Clock.systemUTC())) {
            assertThatThrownBy(() -> missingBucket.write("t/a.txt", bytes("a"), "text/plain"))
                    .isInstanceOf(StorageUnavailable.class).hasMessageContaining("no-such-bucket")
                    .hasMessageNotContaining(S3MockPeer.SECRET_KEY);
        }
        S3Location closed = new S3Location(URI.create("http://127.0.0.1:9"), "us-east-1", "doganhub",
                S3MockPeer.ACCESS_KEY, S3MockPeer.SECRET_KEY, true, "", 5 * 1024 * 1024, 2);
        try (S3ObjectStore unreachable = new S3ObjectStore(closed, Clock.systemUTC())) {
            assertThatThrownBy(() -> unreachable.write("t/a.txt", bytes("a"), "text/plain"))
                    .isInstanceOf(StorageUnavailable.class).hasMessageNotContaining(S3MockPeer.SECRET_KEY);
        }
    }
}
