package io.ctibridge.core.salesforce.auth;

import io.ctibridge.core.salesforce.SalesforceConfigException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads an unencrypted PKCS#8 PEM RSA private key ({@code -----BEGIN PRIVATE KEY-----}); the REST and telephony secrets share it. */
public final class PrivateKeyPem {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private PrivateKeyPem() {}

    // Messages say what is wrong with the key, never what is in it.
    public static PrivateKey parseRsa(String pem) {
        String text = pem.strip();
        if (text.startsWith("-----BEGIN RSA PRIVATE KEY-----")) {
            throw new SalesforceConfigException("privateKeyPem is PKCS#1; convert it to PKCS#8 with "
                    + "`openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem`");
        }
        if (text.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
            throw new SalesforceConfigException(
                    "privateKeyPem is encrypted; store it unencrypted (the secret is the protection)");
        }
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin != 0 || end < 0) {
            throw new SalesforceConfigException("privateKeyPem is not a PEM block starting with " + BEGIN);
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(text.substring(BEGIN.length(), end));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new SalesforceConfigException("privateKeyPem does not hold a readable RSA private key");
        }
    }
}
