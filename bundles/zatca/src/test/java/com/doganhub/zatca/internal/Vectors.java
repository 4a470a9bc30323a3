package com.doganhub.zatca.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ZATCA's reference vectors (a copy of shared/zatca/vectors.json) and the SDK samples they name. */
public final class Vectors {

    private static final JsonNode ALL = read();

    private Vectors() {
    }

    public static List<JsonNode> of(String kind) {
        List<JsonNode> vectors = new ArrayList<>();
        ALL.get(kind).forEach(vectors::add);
        return vectors;
    }

    public static JsonNode other(String id) {
        for (JsonNode vector : ALL.get("other_vectors")) {
            if (vector.get("id").asText().equals(id)) {
                return vector;
            }
        }
        throw new IllegalArgumentException("no vector " + id);
    }

    /** A sample file named by a vector ({@code sdk-r3.2.7/Samples/...}). */
    public static byte[] sample(String localFile) {
        try (InputStream in = Vectors.class.getResourceAsStream("/zatca/" + localFile)) {
            if (in == null) {
                throw new IllegalArgumentException("sample not copied into the test resources: " + localFile);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static JsonNode read() {
        try (InputStream in = Vectors.class.getResourceAsStream("/zatca/vectors.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
