package io.ctibridge.core.salesforce;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** A throwaway RSA key pair, as a connected app's certificate and the PKCS#8 PEM the secret holds. */
public record RsaKeys(KeyPair pair) {

    public static RsaKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new RsaKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    public String privateKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes())
                .encodeToString(pair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
    }

    /** True when {@code jwt} carries a valid RS256 signature by this pair's private key. */
    public boolean verifies(String jwt) {
        int lastDot = jwt.lastIndexOf('.');
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(pair.getPublic());
            rs256.update(jwt.substring(0, lastDot).getBytes());
            return rs256.verify(Base64.getUrlDecoder().decode(jwt.substring(lastDot + 1)));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
