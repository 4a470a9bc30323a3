package com.doganhub.integration.zatca.fatoora;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import com.doganhub.integration.api.zatca.FatooraResult;

/** The client against a local HTTP server standing in for Fatoora: the exact requests, and every kind of answer. */
class FatooraClientTest {

    private static final FatooraResult.Csid PRODUCTION = new FatooraResult.Csid("TUlJRDNqQ0NBNFNn", "Dehvg1fc6jPy2sVV", "1234567890123");

    private HttpServer server;
    private final ConcurrentLinkedQueue<Captured> requests = new ConcurrentLinkedQueue<>();
    private volatile int status;
    private volatile String answer;
    private FatooraClient client;

    record Captured(String method, String path, Headers headers, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/e-invoicing/simulation", exchange -> {
            requests.add(new Captured(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        client = new FatooraClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/e-invoicing/simulation/"), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void reportingSendsTheDocumentedHeadersAuthenticationAndBody() throws Exception {
        answer("200", "{\"validationResults\":{\"infoMessages\":[{\"type\":\"INFO\",\"code\":\"XSD_ZATCA_VALID\","
                + "\"category\":\"XSD validation\",\"message\":\"Complied with UBL 2.1 standards\",\"status\":\"PASS\"}],"
                + "\"warningMessages\":[],\"errorMessages\":[],\"status\":\"PASS\"},\"reportingStatus\":\"REPORTED\"}");

        FatooraResult result = client.report(PRODUCTION, "r/2si60BEew0NQCHNHNejowLDLjVNV/VTT/P8QSLxMk=",
                "3cf5ee18-ee25-44ea-a444-2c37ba7f28be", "PEludm9pY2U+PC9JbnZvaWNlPg==");

        Captured request = requests.poll();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/e-invoicing/simulation/invoices/reporting/single");
        assertThat(request.headers().getFirst("Accept-Version")).isEqualTo("V2");
        assertThat(request.headers().getFirst("Accept-Language")).isEqualTo("en");
        assertThat(request.headers().getFirst("Clearance-Status")).isEqualTo("0");
        assertThat(request.headers().getFirst("Content-Type")).isEqualTo("application/json");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("TUlJRDNqQ0NBNFNn:Dehvg1fc6jPy2sVV".getBytes(StandardCharsets.UTF_8)));
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.get("invoiceHash").asText()).isEqualTo("r/2si60BEew0NQCHNHNejowLDLjVNV/VTT/P8QSLxMk=");
        assertThat(body.get("uuid").asText()).isEqualTo("3cf5ee18-ee25-44ea-a444-2c37ba7f28be");
        assertThat(body.get("invoice").asText()).isEqualTo("PEludm9pY2U+PC9JbnZvaWNlPg==");
        assertThat(body.size()).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo(FatooraResult.Outcome.ACCEPTED);
        assertThat(result.messages()).extracting(FatooraResult.Message::code).containsExactly("XSD_ZATCA_VALID");
    }

    @Test
    void clearanceReturnsTheStampedInvoiceAndAsksForClearance() {
        answer("200", "{\"validationResults\":{\"status\":\"PASS\"},\"clearanceStatus\":\"CLEARED\",\"clearedInvoice\":\"PENsZWFyZWQ+\"}");

        FatooraResult result = client.clear(PRODUCTION, "h", "u", "PEludm9pY2U+");

        Captured request = requests.poll();
        assertThat(request.path()).endsWith("/invoices/clearance/single");
        assertThat(request.headers().getFirst("Clearance-Status")).isEqualTo("1");
        assertThat(result.outcome()).isEqualTo(FatooraResult.Outcome.ACCEPTED);
        assertThat(result.cleared()).isEqualTo("PENsZWFyZWQ+");
    }

    @Test
    void complianceSendsTheOtpAndReturnsTheCsidWithoutShowingItsSecret() throws Exception {
        answer("200", "{\"requestID\":1234567890123,\"dispositionMessage\":\"ISSUED\",\"binarySecurityToken\":\"TUlJQjlEQ0NBYUdnQXdJQkFnSUdBWkR5\","
                + "\"secret\":\"Xlj15LyMCgSC66ObnEO/qVPfhSbs3AY3FCXtRrmqvpo=\"}");

        FatooraResult result = client.complianceCsid("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0=", "123345");

        Captured request = requests.poll();
        assertThat(request.path()).endsWith("/compliance");
        assertThat(request.headers().getFirst("OTP")).isEqualTo("123345");
        assertThat(request.headers().getFirst("Authorization")).isNull();
        assertThat(new ObjectMapper().readTree(request.body()).get("csr").asText())
                .isEqualTo("LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0=");
        assertThat(result.csid().binarySecurityToken()).isEqualTo("TUlJQjlEQ0NBYUdnQXdJQkFnSUdBWkR5");
        assertThat(result.csid().requestId()).isEqualTo("1234567890123");
        assertThat(result.csid().toString()).doesNotContain("Xlj15LyMCgSC66ObnEO").contains("Xlj1…vpo=");
    }

    @Test
    void renewalPatchesTheProductionCsidWithTheNewCsrTheOtpAndTheCurrentCsid() throws Exception {
        answer("200", "{\"requestID\":30368,\"tokenType\":\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-x509-token-profile-1.0#X509v3\","
                + "\"dispositionMessage\":\"ISSUED\",\"binarySecurityToken\":\"TUlJRDNqQ0NBNFNnQXdJQkFnSVRFUUFBT0FQRjkw\","
                + "\"secret\":\"CkYsEXfV8c1gFHAtFWoZv73pGMvh/Qyo4LzKM2h/8Hg=\"}");

        FatooraResult result = client.renewProductionCsid(PRODUCTION, "bmV3IGNzcg==", "654321");

        Captured request = requests.poll();
        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.path()).endsWith("/production/csids");
        assertThat(request.headers().getFirst("OTP")).isEqualTo("654321");
        assertThat(request.headers().getFirst("Accept-Version")).isEqualTo("V2");
        assertThat(request.headers().getFirst("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("TUlJRDNqQ0NBNFNn:Dehvg1fc6jPy2sVV".getBytes(StandardCharsets.UTF_8)));
        assertThat(new ObjectMapper().readTree(request.body()).get("csr").asText()).isEqualTo("bmV3IGNzcg==");
        assertThat(result.outcome()).isEqualTo(FatooraResult.Outcome.ACCEPTED);
        assertThat(result.csid().requestId()).isEqualTo("30368");
    }

    @Test
    void theRouteAsksTheEnvironmentsBaseUrlUnlessOneIsConfigured() {
        assertThat(FatooraRoute.path("sandbox")).isEqualTo("developer-portal");
        assertThat(FatooraRoute.path("simulation")).isEqualTo("simulation");
        assertThat(FatooraRoute.path("production")).isEqualTo("core");
    }

    @Test
    void everyAnswerMapsToWhatHappensNext() {
        record Case(int status, String body, FatooraResult.Outcome outcome) {
        }
        for (Case expected : List.of(
                new Case(202, "{\"validationResults\":{\"warningMessages\":[{\"type\":\"WARNING\",\"code\":\"BR-KSA-08\","
                        + "\"category\":\"KSA\",\"message\":\"seller identification\"}],\"status\":\"WARNING\"},"
                        + "\"reportingStatus\":\"REPORTED\"}", FatooraResult.Outcome.ACCEPTED_WITH_WARNINGS),
                new Case(400, "{\"validationResults\":{\"errorMessages\":[{\"type\":\"ERROR\",\"code\":\"BR-KSA-37\","
                        + "\"category\":\"KSA\",\"message\":\"building number\"}],\"status\":\"ERROR\"},"
                        + "\"reportingStatus\":\"NOT_REPORTED\"}", FatooraResult.Outcome.REJECTED),
                new Case(401, "", FatooraResult.Outcome.UNAUTHORIZED),
                new Case(409, "{\"validationResults\":{\"status\":\"ERROR\"}}", FatooraResult.Outcome.ALREADY_SUBMITTED),
                new Case(500, "<html>gateway error</html>", FatooraResult.Outcome.RETRY),
                new Case(503, "", FatooraResult.Outcome.RETRY),
                new Case(429, "", FatooraResult.Outcome.RETRY))) {
            answer(String.valueOf(expected.status()), expected.body());
            FatooraResult result = client.report(PRODUCTION, "h", "u", "x");
            assertThat(result.outcome()).as(expected.status() + " " + expected.body()).isEqualTo(expected.outcome());
            assertThat(result.status()).isEqualTo(expected.status());
        }
        answer("400", "{\"validationResults\":{\"errorMessages\":[{\"type\":\"ERROR\",\"code\":\"BR-KSA-37\","
                + "\"category\":\"KSA\",\"message\":\"building number\"}]}}");
        assertThat(client.report(PRODUCTION, "h", "u", "x").messages()).extracting(FatooraResult.Message::code)
                .containsExactly("BR-KSA-37");
    }

    @Test
    void noAnswerAtAllMeansTryAgainLater() {
        server.stop(0);

        FatooraResult result = client.report(PRODUCTION, "h", "u", "x");

        assertThat(result.outcome()).isEqualTo(FatooraResult.Outcome.RETRY);
        assertThat(result.status()).isZero();
    }

    private void answer(String code, String body) {
        this.status = Integer.parseInt(code);
        this.answer = body;
    }
}
