package com.doganhub.integration.email.smtp;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.doganhub.integration.api.ProviderSettings;
import com.doganhub.platform.api.SecretMask;

/**
 * One SMTP server with its credentials: the platform's, or a tenant's own (the settings keys {@code host},
 * {@code port}, {@code security}, {@code username}, {@code password}). Equal targets share one Camel endpoint.
 */
record SmtpTarget(String host, int port, Security security, String username, String password, int timeoutSeconds) {

    enum Security { STARTTLS, TLS, NONE }

    static SmtpTarget of(SmtpSettings platform, Map<String, String> tenant) {
        boolean own = tenant.get("host") != null && !tenant.get("host").isBlank();
        String host = own ? tenant.get("host") : ProviderSettings.value(platform.host());
        if (host == null) {
            return null;
        }
        Security security = security(own ? tenant.getOrDefault("security", "starttls") : platform.security());
        String port = ProviderSettings.value(own ? tenant.get("port") : platform.port());
        String username = ProviderSettings.value(own ? tenant.get("username") : platform.username());
        String password = ProviderSettings.value(own ? tenant.get("password") : platform.password());
        return new SmtpTarget(host.strip(), port == null ? defaultPort(security) : Integer.parseInt(port.strip()), security,
                username, password, Math.max(1, platform.timeoutSeconds()));
    }

    static Security security(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "tls", "ssl", "implicit" -> Security.TLS;
            case "none", "plain" -> Security.NONE;
            default -> Security.STARTTLS;
        };
    }

    static int defaultPort(Security security) {
        return switch (security) {
            case TLS -> 465;
            case NONE -> 25;
            default -> 587;
        };
    }

    /** The Camel endpoint URI: no credentials (they are set on the endpoint, never written into a URI). */
    String uri() {
        return "smtp://" + host + ":" + port;
    }

    /** Jakarta Mail properties: timeouts, and TLS required (not merely attempted) when asked for. */
    Properties javaMailProperties() {
        Properties properties = new Properties();
        String millis = String.valueOf(timeoutSeconds * 1000L);
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        properties.put("mail.smtp.auth", String.valueOf(username != null));
        if (security == Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        } else if (security == Security.TLS) {
            properties.put("mail.smtp.ssl.enable", "true");
        }
        if (security != Security.NONE) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    @Override
    public String toString() {
        return "SmtpTarget[" + host + ":" + port + ", " + security + ", user=" + username + ", password="
                + SecretMask.mask(password) + "]";
    }
}
