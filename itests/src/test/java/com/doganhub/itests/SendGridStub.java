package com.doganhub.itests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * SendGrid at the HTTP wire, inside the test container: records every accepted {@code POST /v3/mail/send} and
 * answers as SendGrid does (202 with {@code X-Message-Id}), 400 for recipients named {@code bounce@…} and 503 for
 * {@code flaky@…}. The exact request format is asserted against WireMock in the provider's own tests.
 */
final class SendGridStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One accepted message: its Message-ID header and the batch tag the test put in {@code X-Itest-Batch}. */
    record Accepted(String messageId, String batch, String authorization) {
    }

    private final HttpServer server;
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

    SendGridStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v3/scopes", exchange -> answer(exchange, 200, "{\"scopes\":[\"mail.send\"]}"));
        server.createContext("/v3/mail/send", this::send);
        server.start();
    }

    private void send(HttpExchange exchange) throws IOException {
        JsonNode body;
        try (InputStream in = exchange.getRequestBody()) {
            body = JSON.readTree(in.readAllBytes());
        }
        String to = body.path("personalizations").path(0).path("to").path(0).path("email").asText();
        if (to.startsWith("bounce@")) {
            answer(exchange, 400, "{\"errors\":[{\"message\":\"Does not contain a valid address.\"}]}");
            return;
        }
        if (to.startsWith("flaky@")) {
            answer(exchange, 503, "{\"errors\":[{\"message\":\"Service unavailable\"}]}");
            return;
        }
        accepted.add(new Accepted(body.path("headers").path("Message-ID").asText(),
                body.path("headers").path("X-Itest-Batch").asText(null),
                exchange.getRequestHeaders().getFirst("Authorization")));
        exchange.getResponseHeaders().add("X-Message-Id", "sg-" + accepted.size());
        answer(exchange, 202, "");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    List<String> messageIds(String batch) {
        return accepted.stream().filter(message -> batch.equals(message.batch())).map(Accepted::messageId).toList();
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
