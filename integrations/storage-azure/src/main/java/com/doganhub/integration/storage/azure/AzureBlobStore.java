package com.doganhub.integration.storage.azure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;

/**
 * An {@link ObjectStore} on one Azure Blob Storage container through the Blob service REST API. Uploads go out as
 * blocks of {@code blockSize} bytes (one buffer per upload) and are committed with their SHA-256 as the
 * {@code sha256} metadata, which the service keeps and returns with the blob.
 */
public final class AzureBlobStore implements ObjectStore {

    private static final String SHA256_METADATA = "x-ms-meta-sha256";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final XMLInputFactory XML = xmlFactory();

    private final AzureAccount account;
    private final String container;
    private final String keyPrefix;
    private final int blockSize;
    private final Duration timeout;
    private final SharedKeySigner signer;
    private final HttpClient http;
    private final Clock clock;

    public AzureBlobStore(AzureAccount account, String container, String keyPrefix, int blockSize, Duration timeout,
            Clock clock) {
        if (container == null || container.isBlank()) {
            throw new IllegalArgumentException("container is required");
        }
        this.account = account;
        this.container = container;
        this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
        this.blockSize = Math.max(1024 * 1024, Math.min(100 * 1024 * 1024, blockSize));
        this.timeout = timeout;
        this.signer = new SharedKeySigner(account);
        this.clock = clock;
        // HTTP/1.1: the JDK would otherwise offer an h2c upgrade on http:// endpoints, which Azurite does not speak.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** What an operator may read: account, endpoint and container, never the key. */
    public String describe() {
        return "container " + container + " of " + account;
    }

    /** Creates the container when it does not exist (tests and first setup; operators usually create it). */
    public void createContainerIfMissing() {
        HttpResponse<String> response = send("PUT", containerUri("restype=container"), Map.of(), Map.of(),
                HttpRequest.BodyPublishers.noBody(), 0, HttpResponse.BodyHandlers.ofString(), "create container");
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw failure("create container", response.statusCode(), response.headers().firstValue("x-ms-error-code"));
        }
    }

    @Override
    public StoredObject write(String key, InputStream content, String contentType) {
        String type = contentType == null ? "application/octet-stream" : contentType;
        MessageDigest sha256 = sha256();
        byte[] block = new byte[blockSize];
        int length = fill(content, block, sha256);
        if (length < block.length) {
            String hex = HexFormat.of().formatHex(sha256.digest());
            Map<String, String> ms = new LinkedHashMap<>();
            ms.put("x-ms-blob-type", "BlockBlob");
            ms.put("x-ms-blob-content-type", type);
            ms.put(SHA256_METADATA, hex);
            expect(send("PUT", blobUri(key, null), Map.of(), ms,
                    HttpRequest.BodyPublishers.ofByteArray(block, 0, length), length,
                    HttpResponse.BodyHandlers.discarding(), "put " + key), 201, "put " + key);
            return new StoredObject(key, length, type, hex, clock.instant());
        }
        List<String> blockIds = new ArrayList<>();
        long size = 0;
        while (length > 0) {
            // Ids must have one length within a blob; a random stem keeps a concurrent writer's blocks apart.
            String blockId = Base64.getEncoder().encodeToString(String.format("%s-%06d",
                    UUID.randomUUID(), blockIds.size()).getBytes(StandardCharsets.US_ASCII));
            String what = "put block " + (blockIds.size() + 1) + " of " + key;
            expect(send("PUT", blobUri(key, "comp=block&blockid=" + SharedKeySigner.encode(blockId)), Map.of(),
                    Map.of(), HttpRequest.BodyPublishers.ofByteArray(block, 0, length), length,
                    HttpResponse.BodyHandlers.discarding(), what), 201, what);
            blockIds.add(blockId);
            size += length;
            length = length == block.length ? fill(content, block, sha256) : 0;
        }
        String hex = HexFormat.of().formatHex(sha256.digest());
        StringBuilder list = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        blockIds.forEach(id -> list.append("<Latest>").append(id).append("</Latest>"));
        byte[] body = list.append("</BlockList>").toString().getBytes(StandardCharsets.UTF_8);
        Map<String, String> ms = new LinkedHashMap<>();
        ms.put("x-ms-blob-content-type", type);
        ms.put(SHA256_METADATA, hex);
        expect(send("PUT", blobUri(key, "comp=blocklist"), Map.of("Content-Type", "application/xml"), ms,
                HttpRequest.BodyPublishers.ofByteArray(body), body.length, HttpResponse.BodyHandlers.discarding(),
                "commit " + key), 201, "commit " + key);
        return new StoredObject(key, size, type, hex, clock.instant());
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        HttpResponse<Void> response = send("HEAD", blobUri(key, null), Map.of(), Map.of(),
                HttpRequest.BodyPublishers.noBody(), 0, HttpResponse.BodyHandlers.discarding(), "stat " + key);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        expect(response, 200, "stat " + key);
        var headers = response.headers();
        return Optional.of(new StoredObject(key, headers.firstValueAsLong("Content-Length").orElse(0),
                headers.firstValue("Content-Type").orElse(null), headers.firstValue(SHA256_METADATA).orElse(null),
                headers.firstValue("Last-Modified").map(AzureBlobStore::httpDate).orElse(Instant.EPOCH)));
    }

    @Override
    public Optional<InputStream> read(String key) {
        HttpResponse<InputStream> response = send("GET", blobUri(key, null), Map.of(), Map.of(),
                HttpRequest.BodyPublishers.noBody(), 0, HttpResponse.BodyHandlers.ofInputStream(), "read " + key);
        if (response.statusCode() == 200) {
            return Optional.of(response.body());
        }
        close(response.body());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        throw failure("read " + key, response.statusCode(), response.headers().firstValue("x-ms-error-code"));
    }

    @Override
    public boolean delete(String key) {
        HttpResponse<Void> response = send("DELETE", blobUri(key, null), Map.of(), Map.of(),
                HttpRequest.BodyPublishers.noBody(), 0, HttpResponse.BodyHandlers.discarding(), "delete " + key);
        if (response.statusCode() == 404) {
            return false;
        }
        expect(response, 202, "delete " + key);
        return true;
    }

    @Override
    public List<StoredObject> list(String prefix) {
        List<StoredObject> objects = new ArrayList<>();
        String marker = "";
        do {
            String query = "restype=container&comp=list&include=metadata&prefix="
                    + SharedKeySigner.encode(keyPrefix + prefix) + (marker.isEmpty() ? "" : "&marker="
                    + SharedKeySigner.encode(marker));
            HttpResponse<InputStream> response = send("GET", containerUri(query), Map.of(), Map.of(),
                    HttpRequest.BodyPublishers.noBody(), 0, HttpResponse.BodyHandlers.ofInputStream(), "list " + prefix);
            if (response.statusCode() != 200) {
                close(response.body());
                throw failure("list " + prefix, response.statusCode(),
                        response.headers().firstValue("x-ms-error-code"));
            }
            try (InputStream in = response.body()) {
                marker = parseListing(in, objects);
            } catch (IOException | XMLStreamException unreadable) {
                throw new StorageUnavailable("Azure listing of " + prefix + " in " + describe() + " is unreadable",
                        unreadable);
            }
        } while (!marker.isEmpty());
        return objects;
    }

    private String parseListing(InputStream in, List<StoredObject> objects) throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        String nextMarker = "";
        Map<String, String> blob = null;
        String element = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamReader.START_ELEMENT -> {
                    element = xml.getLocalName();
                    text.setLength(0);
                    if ("Blob".equals(element)) {
                        blob = new LinkedHashMap<>();
                    }
                }
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA -> text.append(xml.getText());
                case XMLStreamReader.END_ELEMENT -> {
                    String name = xml.getLocalName();
                    if ("Blob".equals(name) && blob != null) {
                        objects.add(new StoredObject(blob.get("Name").substring(keyPrefix.length()),
                                Long.parseLong(blob.getOrDefault("Content-Length", "0")), blob.get("Content-Type"),
                                blob.get("sha256"), Optional.ofNullable(blob.get("Last-Modified"))
                                        .map(AzureBlobStore::httpDate).orElse(Instant.EPOCH)));
                        blob = null;
                    } else if (blob != null) {
                        blob.putIfAbsent(name, text.toString());
                    } else if ("NextMarker".equals(name)) {
                        nextMarker = text.toString();
                    }
                    text.setLength(0);
                }
                default -> {
                }
            }
        }
        return nextMarker;
    }

    @Override
    public Optional<PresignedLink> presign(String key, Duration ttl) {
        Instant expiry = clock.instant().plus(ttl);
        String blobName = keyPrefix + key;
        return Optional.of(new PresignedLink(URI.create(blobUri(key, null) + "?"
                + signer.readSas(container, blobName, expiry)), expiry));
    }

    /** Writes, reads back and removes a small probe blob: the container is reachable, writable and readable. */
    public String probe() {
        String key = ".doganhub-probe/" + UUID.randomUUID();
        byte[] probe = ("probe " + clock.instant()).getBytes(StandardCharsets.UTF_8);
        write(key, new ByteArrayInputStream(probe), "text/plain");
        try (InputStream in = read(key).orElseThrow(() -> new StorageUnavailable("probe blob vanished", null))) {
            if (!Arrays.equals(in.readAllBytes(), probe)) {
                throw new StorageUnavailable("probe blob came back different", null);
            }
        } catch (IOException unreadable) {
            throw new StorageUnavailable("probe blob unreadable: " + unreadable.getMessage(), unreadable);
        } finally {
            delete(key);
        }
        return "wrote, read and removed a probe blob in " + describe();
    }

    private URI containerUri(String query) {
        return URI.create(account.blobEndpoint() + "/" + container + (query == null ? "" : "?" + query));
    }

    private URI blobUri(String key, String query) {
        StringBuilder path = new StringBuilder(account.blobEndpoint().toString()).append('/').append(container);
        for (String segment : (keyPrefix + key).split("/", -1)) {
            path.append('/').append(SharedKeySigner.encode(segment));
        }
        return URI.create(query == null ? path.toString() : path + "?" + query);
    }

    private <T> HttpResponse<T> send(String method, URI uri, Map<String, String> standard, Map<String, String> ms,
            HttpRequest.BodyPublisher body, long contentLength, HttpResponse.BodyHandler<T> handler, String what) {
        Map<String, String> msHeaders = new LinkedHashMap<>(ms);
        msHeaders.put("x-ms-date", HTTP_DATE.format(ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        msHeaders.put("x-ms-version", SharedKeySigner.VERSION);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).method(method, body);
        standard.forEach(request::header);
        msHeaders.forEach(request::header);
        request.header("Authorization", signer.authorization(method, uri, contentLength, standard, msHeaders));
        try {
            return http.send(request.build(), handler);
        } catch (IOException unreachable) {
            throw new StorageUnavailable("Azure " + what + " failed in " + describe() + ": "
                    + unreachable.getClass().getSimpleName(), unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StorageUnavailable("Azure " + what + " was interrupted", interrupted);
        }
    }

    private void expect(HttpResponse<?> response, int status, String what) {
        if (response.statusCode() != status) {
            throw failure(what, response.statusCode(), response.headers().firstValue("x-ms-error-code"));
        }
    }

    private StorageUnavailable failure(String what, int status, Optional<String> errorCode) {
        return new StorageUnavailable("Azure " + what + " failed in " + describe() + " (HTTP " + status
                + errorCode.map(code -> " " + code).orElse("") + ")", null);
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, HTTP_DATE).toInstant();
    }

    private static int fill(InputStream content, byte[] buffer, MessageDigest sha256) {
        try {
            int filled = content.readNBytes(buffer, 0, buffer.length);
            sha256.update(buffer, 0, filled);
            return filled;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("the upload could not be read", unreadable);
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // an error answer's body: nothing to keep
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's own, whatever the container offers
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
