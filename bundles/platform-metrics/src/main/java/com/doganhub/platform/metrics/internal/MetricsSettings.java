package com.doganhub.platform.metrics.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code com.doganhub.metrics} ({@code etc/com.doganhub.metrics.cfg}). */
@ObjectClassDefinition(name = "DoganHub metrics", description = "Micrometer registries: Prometheus (always, at "
        + "/metrics), Datadog and New Relic (pushed when their keys are set).")
public @interface MetricsSettings {

    String PID = "com.doganhub.metrics";

    @AttributeDefinition(name = "Datadog API key", type = AttributeType.PASSWORD,
            description = "${env:DATADOG_API_KEY}; empty: nothing is sent to Datadog.")
    String datadogApiKey() default "";

    @AttributeDefinition(name = "Datadog URL", description = "https://api.datadoghq.com, or your site's (api.datadoghq.eu ...)")
    String datadogUri() default "https://api.datadoghq.com";

    @AttributeDefinition(name = "New Relic key", type = AttributeType.PASSWORD,
            description = "${env:NEW_RELIC_LICENSE_KEY}: the key the Event API accepts (an insert key); empty: nothing is sent.")
    String newRelicApiKey() default "";

    @AttributeDefinition(name = "New Relic account id", description = "${env:NEW_RELIC_ACCOUNT_ID}")
    String newRelicAccountId() default "";

    @AttributeDefinition(name = "New Relic URL", description = "https://insights-collector.newrelic.com, or the EU one")
    String newRelicUri() default "https://insights-collector.newrelic.com";

    @AttributeDefinition(name = "Push interval (s)", description = "How often Datadog and New Relic receive the figures.")
    int stepSeconds() default 60;
}
