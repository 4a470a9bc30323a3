package com.doganhub.integration.email.mailgun;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body (RFC 7578): text fields in UTF-8 and files. */
final class MultipartForm {

    private final String boundary = "doganhub-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    MultipartForm field(String name, String value) {
        if (value != null) {
            part("Content-Disposition: form-data; name=\"" + quoted(name) + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n", value.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    MultipartForm file(String name, String fileName, String contentType, byte[] content) {
        part("Content-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\"" + quoted(fileName) + "\"\r\n"
                + "Content-Type: " + (contentType == null ? "application/octet-stream" : contentType) + "\r\n", content);
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 64);
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return all.toByteArray();
    }

    private void part(String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Names and file names cannot break out of their quotes (the API has refused CR and LF already). */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
