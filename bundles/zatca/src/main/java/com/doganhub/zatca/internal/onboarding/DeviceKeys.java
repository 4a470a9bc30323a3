package com.doganhub.zatca.internal.onboarding;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** A device's private key as stored (base64 PKCS#8, then sealed) and its certificate as the CSID carries it. */
public final class DeviceKeys {

    private final Provider provider = new BouncyCastleProvider();

    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public PrivateKey decode(String pkcs8Base64) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC", provider).generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64)));
    }

    /**
     * The certificate (base64 DER, as {@code ds:X509Certificate} holds it) inside a CSID's binary security token,
     * which is the base64 of that text.
     */
    public static String certificateOf(String binarySecurityToken) {
        return new String(Base64.getDecoder().decode(binarySecurityToken.strip()), StandardCharsets.US_ASCII).strip();
    }
}
