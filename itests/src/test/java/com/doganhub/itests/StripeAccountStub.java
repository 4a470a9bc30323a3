package com.doganhub.itests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stripe's {@code GET /v1/account} at the HTTP wire, inside the test container: 200 for the one key it knows, 401 as
 * Stripe answers for any other. The exact request is asserted against WireMock in the probe's unit test.
 */
final class StripeAccountStub implements AutoCloseable {

    private final HttpServer server;
    private final String knownKey;

    StripeAccountStub(int port, String knownKey) throws IOException {
        this.knownKey = knownKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/v1/account", this::account);
        server.start();
    }

    private void account(HttpExchange exchange) throws IOException {
        boolean known = ("Bearer " + knownKey).equals(exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = (known ? "{\"id\":\"acct_itest\",\"object\":\"account\"}"
                : "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Invalid API Key provided\"}}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(known ? 200 : 401, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
