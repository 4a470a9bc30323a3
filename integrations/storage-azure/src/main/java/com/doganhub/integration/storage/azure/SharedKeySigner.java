package com.doganhub.integration.storage.azure;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Azure Storage's Shared Key request signature and service SAS, as the REST reference specifies them ("Authorize
 * with Shared Key", "Create a service SAS", version 2020-12-06 and later).
 */
final class SharedKeySigner {

    static final String VERSION = "2021-08-06";
    private static final DateTimeFormatter SAS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AzureAccount account;

    SharedKeySigner(AzureAccount account) {
        this.account = account;
    }

    /**
     * The {@code Authorization} header value of a request.
     *
     * @param msHeaders every {@code x-ms-*} header the request carries
     * @param standard  Content-Type, Range and the like, by their canonical names (absent ones are empty)
     */
    String authorization(String method, URI uri, long contentLength, Map<String, String> standard,
            Map<String, String> msHeaders) {
        StringBuilder toSign = new StringBuilder(method).append('\n');
        for (String header : List.of("Content-Encoding", "Content-Language")) {
            toSign.append(standard.getOrDefault(header, "")).append('\n');
        }
        toSign.append(contentLength > 0 ? Long.toString(contentLength) : "").append('\n');
        for (String header : List.of("Content-MD5", "Content-Type", "Date", "If-Modified-Since", "If-Match",
                "If-None-Match", "If-Unmodified-Since", "Range")) {
            toSign.append(standard.getOrDefault(header, "")).append('\n');
        }
        new TreeMap<>(lowerCased(msHeaders)).forEach((name, value) ->
                toSign.append(name).append(':').append(value.trim().replaceAll("\\s+", " ")).append('\n'));
        toSign.append('/').append(account.name()).append(uri.getRawPath());
        TreeMap<String, List<String>> query = new TreeMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals)).toLowerCase(Locale.ROOT);
                query.computeIfAbsent(name, n -> new ArrayList<>()).add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        query.forEach((name, values) -> {
            List<String> sorted = new ArrayList<>(values);
            sorted.sort(null);
            toSign.append('\n').append(name).append(':').append(String.join(",", sorted));
        });
        return "SharedKey " + account.name() + ":" + sign(toSign.toString());
    }

    /** The query string (without {@code ?}) of a read-only service SAS for one blob, valid until {@code expiry}. */
    String readSas(String container, String blobName, Instant expiry) {
        String permissions = "r";
        String expires = SAS_TIME.format(expiry.truncatedTo(ChronoUnit.SECONDS));
        String resource = "/blob/" + account.name() + "/" + container + "/" + blobName;
        // sp, st, se, canonicalized resource, si, sip, spr, sv, sr, snapshot, ses, rscc, rscd, rsce, rscl, rsct
        String toSign = String.join("\n", permissions, "", expires, resource, "", "", "", VERSION, "b", "", "", "",
                "", "", "", "");
        return "sv=" + VERSION + "&sr=b&sp=" + permissions + "&se=" + encode(expires) + "&sig=" + encode(sign(toSign));
    }

    private String sign(String toSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(account.key(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> lowerCased(Map<String, String> headers) {
        Map<String, String> lower = new TreeMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        return lower;
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
