package com.doganhub.testing.peers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Adobe S3Mock, the S3 peer of {@code PEERS.md}: its executable jar, fetched from Maven by this module's build,
 * runs in a child JVM on free ports with the given buckets. Clients need path-style access.
 */
public final class S3MockPeer {

    public static final String ACCESS_KEY = "doganhub-test";
    public static final String SECRET_KEY = "doganhub-test-secret";

    private static PeerProcess shared;

    private S3MockPeer() {
    }

    /** One S3Mock per test JVM with the bucket {@code doganhub}, started on first use. */
    public static synchronized PeerProcess shared() {
        if (shared == null || !shared.alive()) {
            shared = start(Path.of(System.getProperty("java.io.tmpdir"), "doganhub-s3mock-" + ProcessHandle.current().pid()),
                    "doganhub");
        }
        return shared;
    }

    /** A fresh S3Mock storing under {@code root}; stop it with {@link PeerProcess#close()}. */
    public static PeerProcess start(Path root, String... buckets) {
        return startOn(PeerProcess.freePort(), root, buckets);
    }

    /** As {@link #start} on a given port, so that a test can bring a stopped S3Mock back where clients expect it. */
    public static PeerProcess startOn(int port, Path root, String... buckets) {
        Path jar = jar();
        List<String> command = List.of(PeerProcess.javaExecutable(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--http.port=" + port, "--server.port=" + PeerProcess.freePort(),
                "--com.adobe.testing.s3mock.store.root=" + root.resolve("data"),
                "--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", buckets),
                "--com.adobe.testing.s3mock.store.retainFilesOnExit=true",
                "--logging.level.root=WARN");
        return PeerProcess.start("s3mock", command, root, port, "/", Duration.ofSeconds(90));
    }

    static Path jar() {
        Path built = Path.of(PeerVersions.get("s3mock.jar"));
        if (Files.isRegularFile(built)) {
            return built;
        }
        String version = PeerVersions.get("s3mock.version");
        Path repository = Path.of(System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path cached = repository.resolve("com/adobe/testing/s3mock/" + version + "/s3mock-" + version + "-exec.jar");
        if (Files.isRegularFile(cached)) {
            return cached;
        }
        throw new IllegalStateException("no S3Mock jar at " + built + " or " + cached
                + ": build testing/peers first (mvn -pl testing/peers install)");
    }
}
