package com.doganhub.integration.outbox.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.integration.outbox} ({@code etc/com.doganhub.integration.outbox.cfg}). */
@ObjectClassDefinition(name = "DoganHub outbox",
        description = "How the dispatcher claims, sends, retries and dead-letters outgoing messages.")
public @interface OutboxSettings {

    String PID = "com.doganhub.integration.outbox";

    @AttributeDefinition(name = "Sender", description = "From address of messages that name none and whose tenant set none.")
    String from() default "DoganHub <no-reply@doganhub.local>";

    @AttributeDefinition(name = "Poll interval (ms)", description = "How often the dispatcher looks for due messages.")
    long pollMillis() default 250;

    @AttributeDefinition(name = "Batch size", description = "Messages claimed per poll.")
    int batchSize() default 50;

    @AttributeDefinition(name = "Parallel sends", description = "Messages of a batch sent at the same time.")
    int parallelism() default 8;

    @AttributeDefinition(name = "Maximum attempts", description = "After this many failed attempts a message is dead-lettered.")
    int maxAttempts() default 12;

    @AttributeDefinition(name = "First retry delay (s)", description = "Doubles at each attempt, with ±50 % jitter.")
    long retryBaseSeconds() default 2;

    @AttributeDefinition(name = "Longest retry delay (s)")
    long retryMaxSeconds() default 3600;

    @AttributeDefinition(name = "Claim lease (s)",
            description = "How long a claimed message stays with its dispatcher; must exceed the slowest provider's "
                    + "timeouts times the chain length, or a slow send could be claimed again.")
    long leaseSeconds() default 180;

    @AttributeDefinition(name = "Node name", description = "Names this node's claims. Empty: karaf.name@host.")
    String node() default "";
}
