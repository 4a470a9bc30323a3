package com.doganhub.integration.runtime.internal.status;

import java.util.List;
import java.util.Objects;

import com.doganhub.integration.api.IntegrationCategory;
import com.doganhub.integration.api.IntegrationPriority;

/**
 * One integration of the catalogue: what it is, where its settings live and how it is checked live.
 *
 * @param settings   what must be set; an empty list means the integration needs no setting (built in)
 * @param liveSource where a live result comes from: {@code provider:<capability>/<name>}, {@code readiness:<name>},
 *                   {@code probe:<kind>} or {@code null} (configuration only)
 */
record IntegrationDefinition(String id, String name, IntegrationCategory category, IntegrationPriority priority,
        List<String> usedBy, String impact, String fix, List<Setting> settings, String liveSource) {

    IntegrationDefinition {
        Objects.requireNonNull(id, "id");
        usedBy = List.copyOf(usedBy);
        settings = List.copyOf(settings);
    }

    /** What kind of value a setting holds: it decides the masking and the INSECURE rules. */
    enum Kind {
        /** A key, token or password: masked, checked for length. */
        SECRET,
        /** A URL: {@code localhost} in production is INSECURE; its password part is masked. */
        URL,
        /** A plain identifier (bucket, client id, measurement id): shown as it is. */
        TEXT
    }

    /**
     * One value: read from the configuration {@code pid}/{@code key} (which usually reads {@code ${env:<env>}}), else
     * from the environment variable {@code env}.
     *
     * @param minLength for secrets, the length below which the value is INSECURE (0: no rule)
     * @param prefix    the prefix real values start with ({@code sk_}), or {@code null}
     * @param required  whether a missing value makes the integration MISSING (an optional one is only checked and shown)
     */
    record Setting(String pid, String key, String env, Kind kind, int minLength, String prefix, boolean required) {

        String where() {
            String file = pid == null ? null : "etc/" + pid + ".cfg `" + key + "`";
            if (env == null) {
                return file;
            }
            return file == null ? "`" + env + "`" : "`" + env + "` (" + file + ")";
        }
    }
}
