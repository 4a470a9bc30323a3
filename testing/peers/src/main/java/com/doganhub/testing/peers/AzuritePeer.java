package com.doganhub.testing.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Azurite's blob service, the Azure peer of {@code PEERS.md}: installed from npm on first use into
 * {@code ~/.cache/doganhub/peers/azurite-<version>} (needs Node.js and npm; the test script installs them on
 * Debian), run in a child process with the well-known development account.
 */
public final class AzuritePeer {

    public static final String ACCOUNT = "devstoreaccount1";
    /** Azurite's published development key (not a secret). */
    public static final String ACCOUNT_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static PeerProcess shared;

    private AzuritePeer() {
    }

    public static synchronized PeerProcess shared() {
        if (shared == null || !shared.alive()) {
            shared = start(Path.of(System.getProperty("java.io.tmpdir"),
                    "doganhub-azurite-" + ProcessHandle.current().pid()));
        }
        return shared;
    }

    public static PeerProcess start(Path location) {
        return startOn(PeerProcess.freePort(), location);
    }

    public static PeerProcess startOn(int port, Path location) {
        Path executable = install();
        List<String> command = List.of(executable.toString(), "--blobHost", "127.0.0.1", "--blobPort",
                String.valueOf(port), "--location", location.resolve("data").toString(), "--skipApiVersionCheck",
                "--loose", "--disableTelemetry");
        return PeerProcess.start("azurite", command, location, port, "/", Duration.ofSeconds(60));
    }

    /** The blob endpoint of an Azurite on {@code port}: {@code http://127.0.0.1:<port>/devstoreaccount1}. */
    public static String blobEndpoint(PeerProcess azurite) {
        return azurite.baseUrl() + "/" + ACCOUNT;
    }

    public static String connectionString(PeerProcess azurite) {
        return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + ACCOUNT_KEY
                + ";BlobEndpoint=" + blobEndpoint(azurite) + ";";
    }

    static synchronized Path install() {
        String version = PeerVersions.get("azurite.version");
        Path home = PeerProcess.cacheDirectory().resolve("azurite-" + version);
        Path executable = home.resolve("node_modules/.bin/azurite-blob");
        if (PeerProcess.executable(executable)) {
            return executable;
        }
        try {
            Files.createDirectories(home);
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
                    "--prefix", home.toString(), "azurite@" + version)
                    .redirectErrorStream(true).redirectOutput(home.resolve("npm-install.log").toFile()).start();
            if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm install azurite@" + version + " failed; see "
                        + home.resolve("npm-install.log"));
            }
        } catch (IOException noNpm) {
            throw new UncheckedIOException("Azurite needs Node.js and npm (./itests/run-all-tests.sh installs them)",
                    noNpm);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing Azurite", interrupted);
        }
        if (!PeerProcess.executable(executable)) {
            throw new IllegalStateException("npm installed azurite@" + version + " but " + executable + " is missing");
        }
        return executable;
    }
}
