package com.doganhub.integration.runtime.internal.status;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.doganhub.integration.api.IntegrationReport;
import com.doganhub.integration.api.IntegrationStatus;
import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Kind;
import com.doganhub.integration.runtime.internal.status.IntegrationDefinition.Setting;
import com.doganhub.platform.api.SecretMask;

/**
 * Decides an integration's status from its settings and its last live result. Order of precedence: MISSING and
 * PLACEHOLDER (nothing to check live), then FAILING (the live check says so), then INSECURE, then CONFIGURED.
 */
final class IntegrationEvaluator {

    /** Template values people leave in .env files: {@code sk_live_YOUR_PRODUCTION_KEY_HERE}, {@code changeme}. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i).*(your[_-]|_here\\b|change[_-]?me|replace[_-]?me|placeholder|example\\.(com|org)|xxxx|<[^>]+>|todo|dummy|insert[_-]).*");

    /** A live result: where it came from said up or down (or nothing yet). */
    record Live(Outcome outcome, String detail) {
        enum Outcome { UP, DOWN, NOT_CONFIGURED, UNKNOWN }

        static final Live NONE = new Live(Outcome.UNKNOWN, "");
    }

    private final boolean production;

    IntegrationEvaluator(boolean production) {
        this.production = production;
    }

    IntegrationReport evaluate(IntegrationDefinition definition, Function<Setting, String> values, Live live,
            Instant now) {
        Map<Setting, String> present = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Setting setting : definition.settings()) {
            String value = values.apply(setting);
            if (value == null) {
                if (setting.required()) {
                    missing.add(setting.where());
                }
            } else {
                present.put(setting, value);
            }
        }
        String masked = masked(present);
        if (!missing.isEmpty()) {
            String detail = "not set: " + String.join(", ", missing);
            if ("auth-secrets".equals(definition.id())) {
                detail += "; a key generated into data/security is used (one node only)";
            }
            return new IntegrationReport(IntegrationStatus.MISSING, detail, masked, now);
        }
        for (Map.Entry<Setting, String> entry : present.entrySet()) {
            Setting setting = entry.getKey();
            String value = entry.getValue();
            if (PLACEHOLDER.matcher(value).matches()) {
                return new IntegrationReport(IntegrationStatus.PLACEHOLDER, setting.where() + " holds a placeholder value",
                        masked, now);
            }
            if (setting.prefix() != null && !value.startsWith(setting.prefix())) {
                return new IntegrationReport(IntegrationStatus.PLACEHOLDER, setting.where() + " is not a real value (it should start with "
                        + setting.prefix() + ")", masked, now);
            }
        }
        switch (live.outcome()) {
            case DOWN:
                return new IntegrationReport(IntegrationStatus.FAILING, SecretMask.scrub(live.detail()), masked, now);
            case NOT_CONFIGURED:
                return new IntegrationReport(IntegrationStatus.MISSING, SecretMask.scrub(live.detail()), masked, now);
            default:
                break;
        }
        String insecure = insecurity(definition, present);
        if (insecure != null) {
            return new IntegrationReport(IntegrationStatus.INSECURE, insecure, masked, now);
        }
        String detail = live.outcome() == Live.Outcome.UP ? SecretMask.scrub(live.detail())
                : live.outcome() == Live.Outcome.UNKNOWN && definition.liveSource() != null ? "set; not checked live yet"
                : "set";
        return new IntegrationReport(IntegrationStatus.CONFIGURED, detail, masked, now);
    }

    /** Whether {@code value} is a real value for {@code setting}: no placeholder, the expected prefix. */
    static boolean realValue(Setting setting, String value) {
        return !PLACEHOLDER.matcher(value).matches() && (setting.prefix() == null || value.startsWith(setting.prefix()));
    }

    private String insecurity(IntegrationDefinition definition, Map<Setting, String> present) {
        for (Map.Entry<Setting, String> entry : present.entrySet()) {
            Setting setting = entry.getKey();
            String value = entry.getValue();
            if (setting.kind() == Kind.SECRET && setting.minLength() > 0
                    && value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < setting.minLength()) {
                return setting.where() + " is shorter than " + setting.minLength() + " bytes";
            }
            if (!production) {
                continue;
            }
            String lower = value.toLowerCase(Locale.ROOT);
            if (setting.kind() == Kind.URL && (lower.contains("://localhost") || lower.contains("://127.")
                    || lower.contains("@localhost") || lower.contains("@127."))) {
                return setting.where() + " points at this machine (localhost) in production";
            }
            if ("redis".equals(definition.id())) {
                URI uri = URI.create(value);
                if (!"rediss".equals(uri.getScheme())) {
                    return "Redis without TLS in production (use rediss://)";
                }
                if (uri.getUserInfo() == null || uri.getUserInfo().isBlank()) {
                    return "Redis without a password in production";
                }
            }
            if (lower.startsWith("sk_test_") || lower.startsWith("pk_test_")) {
                return setting.where() + " is a Stripe test key in production";
            }
            if ("database".equals(definition.id()) && lower.startsWith("jdbc:h2")) {
                return "the embedded H2 database in production";
            }
        }
        if (production && "database".equals(definition.id()) && present.isEmpty()) {
            return "the embedded H2 database in production (set DATABASE_URL)";
        }
        return null;
    }

    /** What the report may show of the values: secrets as {@code sk_l…1234}, passwords in URLs hidden. */
    static String masked(Map<Setting, String> present) {
        List<String> shown = new ArrayList<>();
        present.forEach((setting, value) -> {
            String name = setting.env() != null ? setting.env() : setting.key();
            String visible = switch (setting.kind()) {
                case SECRET -> SecretMask.mask(value);
                case URL -> SecretMask.scrub(value);
                case TEXT -> value;
            };
            shown.add(name + "=" + visible);
        });
        return String.join(", ", shown);
    }
}
