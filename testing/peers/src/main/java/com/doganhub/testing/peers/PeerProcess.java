package com.doganhub.testing.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A server in a child process of the test JVM: started, awaited until it answers HTTP, destroyed with the JVM. */
public final class PeerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final int port;

    private PeerProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts {@code command}, then waits until {@code http://127.0.0.1:<port><readyPath>} answers with any status.
     */
    static PeerProcess start(String name, List<String> command, Path workDirectory, int port, String readyPath,
            Duration timeout) {
        try {
            Files.createDirectories(workDirectory);
            Path log = workDirectory.resolve(name + ".log");
            Process process = new ProcessBuilder(command).directory(workDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PeerProcess peer = new PeerProcess(name, process, log, port);
            Runtime.getRuntime().addShutdownHook(new Thread(peer::close, name + "-stop"));
            peer.awaitAnswer(readyPath, timeout);
            return peer;
        } catch (IOException cannotStart) {
            throw new UncheckedIOException("cannot start " + name + " with " + command, cannotStart);
        }
    }

    private void awaitAnswer(String readyPath, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(
                        "http://127.0.0.1:" + port + readyPath).toURL().openConnection();
                connection.setConnectTimeout(500);
                connection.setReadTimeout(2000);
                connection.getResponseCode();
                connection.disconnect();
                return;
            } catch (IOException notYet) {
                sleep(Duration.ofMillis(250));
            }
        }
        close();
        throw new IllegalStateException(name + " did not answer on port " + port + " within " + timeout + "; see " + log);
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Stops the server the hard way, as an outage would (tests use it to take a provider away). */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Path cacheDirectory() {
        String configured = System.getenv("DOGANHUB_PEERS_CACHE");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "doganhub", "peers");
    }

    static boolean executable(Path file) {
        return Files.isRegularFile(file) && file.toFile().canExecute();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }
}
