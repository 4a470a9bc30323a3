package com.doganhub.platform.identity.internal.users;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import com.doganhub.platform.identity.internal.IdentitySettings;

/**
 * bcrypt password hashes ({@code $2y$}, cost at least {@value #MIN_COST}). Checking a password for an unknown user
 * still runs one bcrypt comparison, so a wrong tenant or email takes as long as a wrong password.
 */
@Component(service = PasswordHasher.class, configurationPid = IdentitySettings.PID)
public class PasswordHasher {

    static final int MIN_COST = 12;

    private final SecureRandom random = new SecureRandom();
    private volatile int cost;
    private volatile String decoy;

    @Activate
    public PasswordHasher(IdentitySettings settings) {
        modified(settings);
    }

    PasswordHasher(int cost) {
        configure(cost);
    }

    @Modified
    void modified(IdentitySettings settings) {
        configure(settings.bcrypt_cost());
    }

    private void configure(int requested) {
        this.cost = Math.min(Math.max(requested, MIN_COST), 16);
        this.decoy = null; // made on first use: a bcrypt hash costs a quarter of a second, not worth spending at boot
    }

    private String decoy() {
        String current = decoy;
        if (current == null) {
            current = hash("decoy password that no account has");
            decoy = current;
        }
        return current;
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, cost);
    }

    /** Whether {@code password} matches {@code hash}; a {@code null} hash (no password set) never matches. */
    public boolean matches(String password, String hash) {
        if (hash == null) {
            spendComparisonTime(password);
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    /** Spends the time of one comparison for a sign-in whose tenant or user does not exist. */
    public void spendComparisonTime(String password) {
        OpenBSDBCrypt.checkPassword(decoy(), password.toCharArray());
    }

    int cost() {
        return cost;
    }
}
