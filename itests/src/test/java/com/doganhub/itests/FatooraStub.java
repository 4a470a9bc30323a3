package com.doganhub.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * ZATCA's Fatoora API at the HTTP wire, inside the test container: issues real certificates (signed by a test CA on
 * secp256k1) for the CSRs it receives, accepts compliance checks, and answers reporting and clearance the way
 * ZATCA does. Documents whose XML carries a marker get the other answers: {@code REJECT-ME} 400 with errors,
 * {@code WARN-ME} 202 with a warning, {@code FLAKY} 503 on its first attempt, {@code DUPLICATE} 409.
 */
final class FatooraStub implements AutoCloseable {

    static final String BASE = "/e-invoicing/developer-portal";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as it arrived. */
    record Call(String method, String path, Map<String, String> headers, JsonNode body) {
    }

    private final HttpServer server;
    private final BouncyCastleProvider provider = new BouncyCastleProvider();
    private final KeyPair authority;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> csrByComplianceRequest = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attemptsByUuid = new ConcurrentHashMap<>();
    private final AtomicInteger serial = new AtomicInteger(1000);
    /** The Basic authorization each issued CSID must be used with, in order of issue. */
    private final List<String> issuedAuthorizations = new CopyOnWriteArrayList<>();

    FatooraStub(int port) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
        generator.initialize(new ECGenParameterSpec("secp256k1"));
        authority = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext(BASE + "/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(in.readAllBytes());
            }
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            calls.add(new Call(exchange.getRequestMethod(), path, headers, body));
            switch (exchange.getRequestMethod() + " " + path) {
                case "POST /compliance" -> {
                    String requestId = String.valueOf(1_234_567_890_000L + serial.incrementAndGet());
                    csrByComplianceRequest.put(requestId, body.path("csr").asText());
                    answer(exchange, 200, csid(body.path("csr").asText(), requestId, "compliance-secret-" + requestId));
                }
                case "POST /compliance/invoices" -> answer(exchange, 200,
                        "{\"validationResults\":{\"status\":\"PASS\",\"infoMessages\":[{\"type\":\"INFO\",\"code\":\"XSD_ZATCA_VALID\","
                                + "\"category\":\"XSD validation\",\"message\":\"Complied with UBL 2.1 standards\",\"status\":\"PASS\"}],"
                                + "\"warningMessages\":[],\"errorMessages\":[]},\"reportingStatus\":\"REPORTED\"}");
                case "POST /production/csids" -> {
                    String requestId = body.path("compliance_request_id").asText();
                    answer(exchange, 200, csid(csrByComplianceRequest.get(requestId), "9" + requestId,
                            "production-secret-" + requestId));
                }
                case "PATCH /production/csids" -> answer(exchange, 200, csid(body.path("csr").asText(),
                        "8" + serial.incrementAndGet(), "renewed-secret-" + serial.get()));
                case "POST /invoices/reporting/single", "POST /invoices/clearance/single" -> document(exchange, path, body);
                default -> answer(exchange, 404, "{}");
            }
        } catch (Exception broken) {
            answer(exchange, 500, "{\"message\":\"stub: " + broken + "\"}");
        }
    }

    private void document(HttpExchange exchange, String path, JsonNode body) throws IOException {
        String xml = new String(Base64.getDecoder().decode(body.path("invoice").asText()), StandardCharsets.UTF_8);
        int attempt = attemptsByUuid.computeIfAbsent(body.path("uuid").asText(), uuid -> new AtomicInteger())
                .incrementAndGet();
        if (xml.contains("REJECT-ME")) {
            answer(exchange, 400, "{\"validationResults\":{\"status\":\"ERROR\",\"errorMessages\":[{\"type\":\"ERROR\","
                    + "\"code\":\"BR-KSA-37\",\"category\":\"KSA\",\"message\":\"The seller address building number must "
                    + "contain 4 digits.\",\"status\":\"ERROR\"}]}}");
        } else if (xml.contains("FLAKY") && attempt == 1) {
            answer(exchange, 503, "<html>Service Unavailable</html>");
        } else if (xml.contains("DUPLICATE")) {
            answer(exchange, 409, "{\"validationResults\":{\"status\":\"ERROR\",\"errorMessages\":[{\"type\":\"ERROR\","
                    + "\"code\":\"Invoice-Errors\",\"message\":\"Invoice was already Reported successfully earlier.\"}]}}");
        } else if (xml.contains("WARN-ME")) {
            answer(exchange, 202, "{\"validationResults\":{\"status\":\"WARNING\",\"warningMessages\":[{\"type\":"
                    + "\"WARNING\",\"code\":\"BR-KSA-08\",\"category\":\"KSA\",\"message\":\"The buyer identification is "
                    + "missing.\",\"status\":\"WARNING\"}]},\"reportingStatus\":\"REPORTED\"}");
        } else if (path.contains("clearance")) {
            String stamped = xml.replace("</Invoice>", "<!-- cleared by the stub -->\n</Invoice>");
            answer(exchange, 200, "{\"validationResults\":{\"status\":\"PASS\"},\"clearanceStatus\":\"CLEARED\","
                    + "\"clearedInvoice\":\"" + Base64.getEncoder().encodeToString(stamped.getBytes(StandardCharsets.UTF_8))
                    + "\"}");
        } else {
            answer(exchange, 200, "{\"validationResults\":{\"status\":\"PASS\"},\"reportingStatus\":\"REPORTED\"}");
        }
    }

    /** A CSID as ZATCA returns it: the certificate for the CSR's key, base64 of the base64 DER. */
    private String csid(String csrBase64, String requestId, String secret) throws Exception {
        String pem = new String(Base64.getDecoder().decode(csrBase64), StandardCharsets.US_ASCII);
        PKCS10CertificationRequest request;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            request = (PKCS10CertificationRequest) parser.readObject();
        }
        var publicKey = new JcaPKCS10CertificationRequest(request).setProvider(provider).getPublicKey();
        long now = System.currentTimeMillis();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new X500Name("CN=TSZEINVOICE-SubCA-1, DC=extgazt, DC=gov, DC=local"),
                BigInteger.valueOf(serial.incrementAndGet()), new Date(now - 60_000), new Date(now + 365L * 86_400_000),
                request.getSubject(), publicKey);
        byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider)
                .build(authority.getPrivate())).getEncoded();
        String token = Base64.getEncoder().encodeToString(Base64.getEncoder().encodeToString(der)
                .getBytes(StandardCharsets.US_ASCII));
        issuedAuthorizations.add("Basic " + Base64.getEncoder().encodeToString((token + ":" + secret)
                .getBytes(StandardCharsets.UTF_8)));
        return "{\"requestID\":" + requestId + ",\"dispositionMessage\":\"ISSUED\",\"binarySecurityToken\":\"" + token
                + "\",\"secret\":\"" + secret + "\",\"errors\":null}";
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

    List<Call> calls(String method, String path) {
        return calls.stream().filter(call -> call.method().equals(method) && call.path().equals(path)).toList();
    }

    List<String> issuedAuthorizations() {
        return List.copyOf(issuedAuthorizations);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
