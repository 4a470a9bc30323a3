package com.doganhub.integration.storage.s3;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.storage.s3} ({@code etc/com.doganhub.storage.s3.cfg}). */
@ObjectClassDefinition(name = "DoganHub storage: Amazon S3 / Cloudflare R2",
        description = "Keeps files in an S3 bucket: AWS, Cloudflare R2 or any S3-compatible endpoint.")
public @interface S3StorageSettings {

    String PID = "com.doganhub.storage.s3";

    @AttributeDefinition(name = "Bucket", description = "The bucket; the etc/ file reads ${env:AWS_S3_BUCKET}.")
    String bucket() default "";

    @AttributeDefinition(name = "Region", description = "AWS region (${env:AWS_REGION}); 'auto' for Cloudflare R2.")
    String region() default "us-east-1";

    @AttributeDefinition(name = "Access key id", description = "${env:AWS_ACCESS_KEY_ID}")
    String accessKeyId() default "";

    @AttributeDefinition(name = "Secret access key", type = AttributeType.PASSWORD,
            description = "${env:AWS_SECRET_ACCESS_KEY}")
    String secretAccessKey() default "";

    @AttributeDefinition(name = "Endpoint", description = "Empty for AWS; https://<account>.r2.cloudflarestorage.com "
            + "for R2; the URL of any other S3-compatible service.")
    String endpoint() default "";

    @AttributeDefinition(name = "Cloudflare R2 account id",
            description = "Sets the endpoint to https://<account>.r2.cloudflarestorage.com and the region to auto.")
    String r2AccountId() default "";

    @AttributeDefinition(name = "Path-style access",
            description = "Address the bucket as <endpoint>/<bucket> (MinIO, S3Mock) instead of <bucket>.<endpoint>.")
    boolean pathStyle() default false;

    @AttributeDefinition(name = "Key prefix", description = "Prepended to every object key, so that several platforms "
            + "can share one bucket (for example 'doganhub/').")
    String keyPrefix() default "";

    @AttributeDefinition(name = "Part size (MiB)", description = "Uploads are sent in parts of this size (5 to 512): "
            + "one part is what an upload holds in memory.")
    int partSizeMib() default 8;

    @AttributeDefinition(name = "Timeout (s)", description = "Connect and read timeout of each request.")
    int timeoutSeconds() default 30;
}
