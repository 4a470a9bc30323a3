package com.doganhub.testing.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The peer versions and paths the build wrote into {@code peers.properties}. */
final class PeerVersions {

    private static final Properties PROPERTIES = load();

    private PeerVersions() {
    }

    static String get(String key) {
        String value = System.getProperty("doganhub.peers." + key, PROPERTIES.getProperty(key));
        if (value == null) {
            throw new IllegalStateException("peers.properties has no " + key);
        }
        return value;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = PeerVersions.class.getResourceAsStream("peers.properties")) {
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
