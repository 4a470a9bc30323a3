package com.doganhub.integration.storage.azure;

import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A storage account and where its blob service answers: from a connection string or from account + key.
 *
 * @param blobEndpoint without a trailing slash; Azurite's carries the account as its first path segment
 */
public record AzureAccount(String name, byte[] key, URI blobEndpoint) {

    private static final String DEVELOPMENT_ACCOUNT = "devstoreaccount1";
    private static final String DEVELOPMENT_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public AzureAccount {
        if (name == null || name.isBlank() || key == null || key.length == 0 || blobEndpoint == null) {
            throw new IllegalArgumentException("account name, key and blob endpoint are required");
        }
        String endpoint = blobEndpoint.toString();
        blobEndpoint = URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
    }

    /** @param endpoint {@code null} for {@code https://<account>.blob.core.windows.net} */
    public static AzureAccount of(String name, String base64Key, String endpoint) {
        return new AzureAccount(name, decode(base64Key), URI.create(endpoint != null ? endpoint
                : "https://" + name + ".blob.core.windows.net"));
    }

    /**
     * Parses {@code DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…;EndpointSuffix=…} (or with a
     * {@code BlobEndpoint=}), and {@code UseDevelopmentStorage=true} for a local Azurite on its default port.
     */
    public static AzureAccount fromConnectionString(String connectionString) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : connectionString.split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).trim().toLowerCase(Locale.ROOT), part.substring(equals + 1).trim());
            }
        }
        if ("true".equalsIgnoreCase(parts.get("usedevelopmentstorage"))) {
            return of(DEVELOPMENT_ACCOUNT, DEVELOPMENT_KEY, "http://127.0.0.1:10000/" + DEVELOPMENT_ACCOUNT);
        }
        String name = parts.get("accountname");
        String key = parts.get("accountkey");
        if (name == null || key == null) {
            throw new IllegalArgumentException("the connection string has no AccountName or AccountKey");
        }
        String endpoint = parts.get("blobendpoint");
        if (endpoint == null) {
            String protocol = parts.getOrDefault("defaultendpointsprotocol", "https");
            endpoint = protocol + "://" + name + ".blob." + parts.getOrDefault("endpointsuffix", "core.windows.net");
        }
        return of(name, key, endpoint);
    }

    private static byte[] decode(String base64Key) {
        try {
            return Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the account key is not base64", notBase64);
        }
    }

    @Override
    public String toString() {
        return "account " + name + " at " + blobEndpoint;
    }
}
