package com.doganhub.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests: real requests over loopback to the booted distribution. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final Map<String, String> defaultHeaders;

    Http(int port) {
        this("http://127.0.0.1:" + port, Map.of());
    }

    private Http(String base, Map<String, String> defaultHeaders) {
        this.base = base;
        this.defaultHeaders = Map.copyOf(defaultHeaders);
    }

    /** The same client, sending one more header on every request. */
    Http withHeader(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(defaultHeaders);
        headers.put(name, value);
        return new Http(base, headers);
    }

    Answer get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    Answer delete(String path) throws IOException {
        return send("DELETE", path, null, null);
    }

    Answer postJson(String path, String json) throws IOException {
        return send("POST", path, json, "application/json");
    }

    Answer putJson(String path, String json) throws IOException {
        return send("PUT", path, json, "application/json");
    }

    Answer patchJson(String path, String json) throws IOException {
        return send("PATCH", path, json, "application/json");
    }

    /** POSTs a multipart/form-data body with one file part {@code file} and the given text fields. */
    Answer postFile(String path, String fileName, String declaredType, byte[] content, Map<String, String> fields)
            throws IOException {
        return postFile(path, fileName, declaredType, new java.io.ByteArrayInputStream(content), content.length, fields);
    }

    /** As {@link #postFile(String, String, String, byte[], Map)}, streaming {@code length} bytes of {@code content}. */
    Answer postFile(String path, String fileName, String declaredType, InputStream content, long length,
            Map<String, String> fields) throws IOException {
        String boundary = "----itest" + System.nanoTime();
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> head.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        head.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection();
        connection.setRequestMethod("POST");
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(120000);
        defaultHeaders.forEach(connection::setRequestProperty);
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        connection.setFixedLengthStreamingMode(head.size() + length + tail.length);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(head.toByteArray());
            content.transferTo(out);
            out.write(tail);
        } catch (IOException refusedEarly) {
            // the server may answer (413, 503) and close before the whole body is sent: read its answer below
        }
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        return new Answer(status, connection.getHeaderFields(), text);
    }

    /** GETs {@code path} and returns the hex SHA-256 of the answer's body, read as a stream; fails on a non-200. */
    String sha256Of(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection();
        connection.setReadTimeout(120000);
        defaultHeaders.forEach(connection::setRequestProperty);
        if (connection.getResponseCode() != 200) {
            throw new IOException("GET " + path + " answered " + connection.getResponseCode());
        }
        try (InputStream in = connection.getInputStream()) {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    Answer send(String method, String path, String body, String contentType) throws IOException {
        if (method.equals("PATCH")) {
            return sendWithHttpClient(method, path, body, contentType); // HttpURLConnection knows no PATCH
        }
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** POSTs {@code body} as it is, under {@code contentType}. */
    Answer postBytes(String path, byte[] body, String contentType) throws IOException {
        return sendBytes("POST", path, body, contentType);
    }

    /** The body of a GET as bytes; fails on anything but 200. */
    byte[] bytesOf(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection();
        connection.setReadTimeout(30000);
        defaultHeaders.forEach(connection::setRequestProperty);
        if (connection.getResponseCode() != 200) {
            throw new IOException("GET " + path + " answered " + connection.getResponseCode());
        }
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private Answer sendBytes(String method, String path, byte[] body, String contentType) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(30000);
        defaultHeaders.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        return new Answer(status, connection.getHeaderFields(), text);
    }

    private Answer sendWithHttpClient(String method, String path, String body, String contentType) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        defaultHeaders.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }

    /** The status, or -1 when nothing listens. */
    int statusOf(String path) {
        try {
            return get(path).status();
        } catch (ConnectException refused) {
            return -1;
        } catch (IOException other) {
            return -2;
        }
    }

    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue().get(0);
                }
            }
            return null;
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
