package com.doganhub.integration.storage.s3;

import java.net.URI;

/**
 * Where and how to reach a bucket, resolved from the settings.
 *
 * @param endpoint {@code null} for AWS itself
 */
public record S3Location(URI endpoint, String region, String bucket, String accessKeyId, String secretAccessKey,
        boolean pathStyle, String keyPrefix, int partSizeBytes, int timeoutSeconds) {

    static final int MIN_PART = 5 * 1024 * 1024;
    static final int MAX_PART = 512 * 1024 * 1024;

    public S3Location {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("bucket is required");
        }
        if (accessKeyId == null || secretAccessKey == null) {
            throw new IllegalArgumentException("access key id and secret access key are required");
        }
        region = region == null || region.isBlank() ? "us-east-1" : region;
        keyPrefix = keyPrefix == null ? "" : keyPrefix;
        partSizeBytes = Math.max(MIN_PART, Math.min(MAX_PART, partSizeBytes));
        timeoutSeconds = Math.max(1, timeoutSeconds);
    }

    /** What an operator may read: endpoint and bucket, never a key. */
    public String describe() {
        return "bucket " + bucket + (endpoint == null ? " in AWS " + region : " at " + endpoint);
    }

    @Override
    public String toString() {
        return describe();
    }
}
