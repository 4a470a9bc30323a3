package com.doganhub.integration.zatca.fatoora;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.doganhub.integration.api.zatca.FatooraResult;

/**
 * The Fatoora API against one base URL (developer portal {@code .../e-invoicing/developer-portal}, simulation
 * {@code .../e-invoicing/simulation} or production {@code .../e-invoicing/core}). Thread-safe; one instance per base
 * URL and timeout.
 */
public final class FatooraClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    public FatooraClient(URI base, Duration timeout) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** {@code POST /compliance}: the compliance CSID for a CSR (base64 of its PEM), authorised by the portal's OTP. */
    public FatooraResult complianceCsid(String csr, String otp) {
        return send("/compliance", Map.of("OTP", otp), null, body(Map.of("csr", csr)));
    }

    /** {@code POST /compliance/invoices}: one of the compliance checks, signed with the compliance CSID. */
    public FatooraResult complianceCheck(FatooraResult.Csid compliance, String hash, String uuid, String invoiceBase64) {
        return send("/compliance/invoices", Map.of(), compliance, invoice(hash, uuid, invoiceBase64));
    }

    /** {@code POST /production/csids}: the production CSID, once the compliance checks passed. */
    public FatooraResult productionCsid(FatooraResult.Csid compliance) {
        return send("/production/csids", Map.of(), compliance, body(Map.of("compliance_request_id", compliance.requestId())));
    }

    /**
     * {@code PATCH /production/csids}: a new production CSID for a new CSR before the current one expires, authorised
     * by the current production CSID and a fresh OTP.
     */
    public FatooraResult renewProductionCsid(FatooraResult.Csid production, String csr, String otp) {
        return send("PATCH", "/production/csids", Map.of("OTP", otp), production, body(Map.of("csr", csr)));
    }

    /** {@code POST /invoices/reporting/single}: a simplified document, reported within 24 hours. */
    public FatooraResult report(FatooraResult.Csid production, String hash, String uuid, String invoiceBase64) {
        return send("/invoices/reporting/single", Map.of("Clearance-Status", "0"), production,
                invoice(hash, uuid, invoiceBase64));
    }

    /** {@code POST /invoices/clearance/single}: a standard document, cleared before it goes to the buyer. */
    public FatooraResult clear(FatooraResult.Csid production, String hash, String uuid, String invoiceBase64) {
        return send("/invoices/clearance/single", Map.of("Clearance-Status", "1"), production,
                invoice(hash, uuid, invoiceBase64));
    }

    private FatooraResult send(String path, Map<String, String> headers, FatooraResult.Csid credentials, String body) {
        return send("POST", path, headers, credentials, body);
    }

    private FatooraResult send(String method, String path, Map<String, String> headers, FatooraResult.Csid credentials,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json").header("Accept-Version", "V2").header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.binarySecurityToken() + ":" + credentials.secret()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            return new FatooraResult(FatooraResult.Outcome.RETRY, 0, List.of(new FatooraResult.Message("ERROR", "unreachable",
                    "transport", unreachable.getClass().getSimpleName())), null, null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new FatooraResult(FatooraResult.Outcome.RETRY, 0, List.of(), null, null);
        }
        return read(response.statusCode(), response.body());
    }

    static FatooraResult read(int status, String body) {
        JsonNode json = parse(body);
        List<FatooraResult.Message> messages = new ArrayList<>();
        JsonNode results = json.path("validationResults");
        for (String kind : List.of("infoMessages", "warningMessages", "errorMessages")) {
            results.path(kind).forEach(message -> messages.add(new FatooraResult.Message(message.path("type").asText(null),
                    message.path("code").asText(null), message.path("category").asText(null),
                    message.path("message").asText(null))));
        }
        json.path("errors").forEach(error -> messages.add(new FatooraResult.Message("ERROR", error.path("code").asText(null),
                error.path("category").asText(null), error.path("message").asText(error.asText(null)))));
        FatooraResult.Csid csid = json.hasNonNull("binarySecurityToken")
                ? new FatooraResult.Csid(json.get("binarySecurityToken").asText(), json.path("secret").asText(null),
                        json.path("requestID").asText(null))
                : null;
        String cleared = json.path("clearedInvoice").asText(null);
        FatooraResult.Outcome outcome = switch (status) {
            case 200 -> FatooraResult.Outcome.ACCEPTED;
            case 202 -> FatooraResult.Outcome.ACCEPTED_WITH_WARNINGS;
            case 400 -> FatooraResult.Outcome.REJECTED;
            case 401, 403 -> FatooraResult.Outcome.UNAUTHORIZED;
            case 409 -> FatooraResult.Outcome.ALREADY_SUBMITTED;
            default -> FatooraResult.Outcome.RETRY;
        };
        return new FatooraResult(outcome, status, messages, cleared, csid);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode(); // a gateway's HTML error page: the status alone decides
        }
    }

    private static String invoice(String hash, String uuid, String invoiceBase64) {
        return body(Map.of("invoiceHash", hash, "uuid", uuid, "invoice", invoiceBase64));
    }

    private static String body(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(fields));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
