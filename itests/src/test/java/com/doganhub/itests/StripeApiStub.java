package com.doganhub.itests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stripe's customer, Checkout Session and Customer Portal endpoints at the HTTP wire, inside the test container. It
 * answers the way Stripe documents and keeps every request (path, headers, form fields) for the test to assert.
 */
final class StripeApiStub implements AutoCloseable {

    /** One request as received, its form body decoded in order. */
    record Received(String method, String path, Map<String, String> headers, Map<String, String> form) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private int sessions;

    StripeApiStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/v1/customers", exchange -> answer(exchange,
                "{\"id\":\"cus_itest\",\"object\":\"customer\",\"livemode\":false}"));
        server.createContext("/v1/checkout/sessions", exchange -> {
            int number;
            synchronized (this) {
                number = ++sessions;
            }
            answer(exchange, "{\"id\":\"cs_test_" + number + "\",\"object\":\"checkout.session\",\"mode\":\"subscription\","
                    + "\"url\":\"https://checkout.stripe.com/c/pay/cs_test_" + number + "\",\"expires_at\":1893456000,"
                    + "\"livemode\":false}");
        });
        server.createContext("/v1/billing_portal/sessions", exchange -> answer(exchange,
                "{\"id\":\"bps_test_1\",\"object\":\"billing_portal.session\",\"customer\":\"cus_itest\","
                        + "\"url\":\"https://billing.stripe.com/p/session/test_1\",\"livemode\":false}"));
        server.start();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String path) {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                String.join(",", values)));
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                form(new String(request, StandardCharsets.UTF_8))));
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_itest");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
