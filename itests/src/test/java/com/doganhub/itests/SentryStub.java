package com.doganhub.itests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Sentry's envelope endpoint at the HTTP wire, inside the test container: keeps every envelope posted to
 * {@code /api/<project>/envelope/} (gunzipped) with its {@code X-Sentry-Auth} header.
 */
final class SentryStub implements AutoCloseable {

    record Envelope(String auth, String body) {
    }

    private final HttpServer server;
    private final List<Envelope> envelopes = new CopyOnWriteArrayList<>();

    SentryStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/api/", this::receive);
        server.start();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream raw = exchange.getRequestBody()) {
            InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(raw) : raw;
            envelopes.add(new Envelope(exchange.getRequestHeaders().getFirst("X-Sentry-Auth"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    List<Envelope> envelopes() {
        return envelopes;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
