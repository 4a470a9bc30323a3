package com.doganhub.integration.storage.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.doganhub.integration.api.storage.ObjectStore;
import com.doganhub.integration.api.storage.PresignedLink;
import com.doganhub.integration.api.storage.StorageUnavailable;
import com.doganhub.integration.api.storage.StoredObject;
import com.doganhub.platform.api.SecretMask;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * An {@link ObjectStore} on one S3 bucket through the AWS SDK v2. Uploads of unknown length go out in parts of
 * {@link S3Location#partSizeBytes()}: one part buffer is all an upload holds in memory. Objects smaller than a part
 * carry their SHA-256 as {@code x-amz-meta-sha256}; multipart ones cannot (the metadata is sent before the content),
 * so their {@link #stat} reports no checksum and callers keep the one {@link #write} returned.
 */
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private static final String SHA256_METADATA = "sha256";

    private final S3Location location;
    private final SdkHttpClient http;
    private final S3Client client;
    private final S3Presigner presigner;
    private final Clock clock;

    public S3ObjectStore(S3Location location, Clock clock) {
        this.location = location;
        this.clock = clock;
        // The SDK finds its execution interceptors as resources through the context class loader as well as its own.
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(S3Client.class.getClassLoader());
        try {
            Duration timeout = Duration.ofSeconds(location.timeoutSeconds());
            this.http = UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout).build();
            AwsBasicCredentials credentials = AwsBasicCredentials.create(location.accessKeyId(),
                    location.secretAccessKey());
            S3Configuration s3 = S3Configuration.builder().pathStyleAccessEnabled(location.pathStyle()).build();
            var builder = S3Client.builder().httpClient(http).region(Region.of(location.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(credentials)).serviceConfiguration(s3)
                    // R2 and most S3-compatible services reject the SDK's default aws-chunked CRC trailers.
                    .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED);
            var presignerBuilder = S3Presigner.builder().region(Region.of(location.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(credentials)).serviceConfiguration(s3);
            if (location.endpoint() != null) {
                builder.endpointOverride(location.endpoint());
                presignerBuilder.endpointOverride(location.endpoint());
            }
            this.client = builder.build();
            this.presigner = presignerBuilder.build();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    public S3Location location() {
        return location;
    }

    @Override
    public StoredObject write(String key, InputStream content, String contentType) {
        MessageDigest sha256 = sha256();
        byte[] part = new byte[location.partSizeBytes()];
        int first = fill(content, part, sha256);
        String objectKey = objectKey(key);
        if (first < part.length) {
            String hex = HexFormat.of().formatHex(sha256.digest());
            call("put " + key, () -> client.putObject(request -> request.bucket(location.bucket()).key(objectKey)
                    .contentType(contentType).contentLength((long) first).metadata(Map.of(SHA256_METADATA, hex)),
                    body(part, first, contentType)));
            return new StoredObject(key, first, contentType, hex, clock.instant());
        }
        return writeInParts(key, objectKey, content, contentType, sha256, part, first);
    }

    private StoredObject writeInParts(String key, String objectKey, InputStream content, String contentType,
            MessageDigest sha256, byte[] part, int first) {
        String uploadId = call("start upload of " + key, () -> client.createMultipartUpload(request -> request
                .bucket(location.bucket()).key(objectKey).contentType(contentType)).uploadId());
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long size = 0;
            int length = first;
            do {
                int number = parts.size() + 1;
                int partLength = length;
                String eTag = call("upload part " + number + " of " + key, () -> client.uploadPart(request -> request
                        .bucket(location.bucket()).key(objectKey).uploadId(uploadId).partNumber(number)
                        .contentLength((long) partLength), body(part, partLength, contentType)).eTag());
                parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
                size += length;
                length = length == part.length ? fill(content, part, sha256) : 0;
            } while (length > 0);
            call("complete upload of " + key, () -> client.completeMultipartUpload(request -> request
                    .bucket(location.bucket()).key(objectKey).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts))));
            return new StoredObject(key, size, contentType, HexFormat.of().formatHex(sha256.digest()),
                    clock.instant());
        } catch (RuntimeException failed) {
            abort(objectKey, uploadId, failed);
            throw failed;
        }
    }

    private void abort(String objectKey, String uploadId, RuntimeException cause) {
        try {
            client.abortMultipartUpload(request -> request.bucket(location.bucket()).key(objectKey).uploadId(uploadId));
        } catch (SdkException alsoFailed) {
            // The bucket's lifecycle rule for incomplete uploads is the backstop; the first failure is what matters.
            cause.addSuppressed(alsoFailed);
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) {
        try {
            HeadObjectResponse head = client.headObject(request -> request.bucket(location.bucket())
                    .key(objectKey(key)));
            return Optional.of(new StoredObject(key, head.contentLength(), head.contentType(),
                    head.metadata().get(SHA256_METADATA), instantOf(head.lastModified())));
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable("stat " + key, failed);
        } catch (SdkException failed) {
            throw unavailable("stat " + key, failed);
        }
    }

    @Override
    public Optional<InputStream> read(String key) {
        try {
            ResponseInputStream<GetObjectResponse> in = client.getObject(request -> request
                    .bucket(location.bucket()).key(objectKey(key)));
            return Optional.of(in);
        } catch (NoSuchKeyException absent) {
            return Optional.empty();
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable("read " + key, failed);
        } catch (SdkException failed) {
            throw unavailable("read " + key, failed);
        }
    }

    @Override
    public boolean delete(String key) {
        // S3 answers 204 whether or not the key existed; the contract wants to know which.
        if (stat(key).isEmpty()) {
            return false;
        }
        call("delete " + key, () -> client.deleteObject(request -> request.bucket(location.bucket())
                .key(objectKey(key))));
        return true;
    }

    @Override
    public List<StoredObject> list(String prefix) {
        return call("list " + prefix, () -> {
            List<StoredObject> objects = new ArrayList<>();
            for (S3Object object : client.listObjectsV2Paginator(request -> request.bucket(location.bucket())
                    .prefix(objectKey(prefix))).contents()) {
                objects.add(new StoredObject(object.key().substring(location.keyPrefix().length()), object.size(),
                        null, null, instantOf(object.lastModified())));
            }
            return objects;
        });
    }

    @Override
    public Optional<PresignedLink> presign(String key, Duration ttl) {
        Instant expires = clock.instant().plus(ttl);
        var presigned = call("presign " + key, () -> presigner.presignGetObject(request -> request
                .signatureDuration(ttl).getObjectRequest(get -> get.bucket(location.bucket()).key(objectKey(key)))));
        try {
            return Optional.of(new PresignedLink(presigned.url().toURI(), expires));
        } catch (java.net.URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Writes, reads back and removes a small probe object: the bucket is reachable, writable and readable. */
    public String probe() {
        String key = ".doganhub-probe/" + UUID.randomUUID();
        byte[] probe = ("probe " + clock.instant()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        write(key, new ByteArrayInputStream(probe), "text/plain");
        try (InputStream in = read(key).orElseThrow(() -> new StorageUnavailable("probe object vanished", null))) {
            if (!java.util.Arrays.equals(in.readAllBytes(), probe)) {
                throw new StorageUnavailable("probe object came back different", null);
            }
        } catch (IOException unreadable) {
            throw new StorageUnavailable("probe object unreadable: " + unreadable.getMessage(), unreadable);
        } finally {
            delete(key);
        }
        return "wrote, read and removed a probe object in " + location.describe();
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
        http.close();
    }

    private String objectKey(String key) {
        return location.keyPrefix() + key;
    }

    private static RequestBody body(byte[] buffer, int length, String contentType) {
        // A provider of fresh streams over the same buffer: the SDK can retry a part without a copy of it.
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                contentType == null ? "application/octet-stream" : contentType);
    }

    private <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException failed) {
            throw unavailable(what, failed);
        }
    }

    private StorageUnavailable unavailable(String what, SdkException failed) {
        String status = failed instanceof S3Exception s3 ? " (HTTP " + s3.statusCode() + " "
                + (s3.awsErrorDetails() == null ? "" : s3.awsErrorDetails().errorCode()) + ")" : "";
        return new StorageUnavailable("S3 " + what + " failed in " + location.describe() + status + ": "
                + SecretMask.scrub(String.valueOf(failed.getMessage())), failed);
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

    private static Instant instantOf(Instant lastModified) {
        return lastModified == null ? Instant.EPOCH : lastModified;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
