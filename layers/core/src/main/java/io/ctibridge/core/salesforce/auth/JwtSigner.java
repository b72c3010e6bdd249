package io.ctibridge.core.salesforce.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;

/**
 * Signs JWT claims with RS256 (the JDK's {@code SHA256withRSA}): the OAuth JWT bearer assertion and the Telephony
 * Integration API's bearer token share it.
 */
public final class JwtSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

    private JwtSigner() {}

    /** {@code header.claims.signature}, each part base64url without padding; claims in the map's order. */
    public static String rs256(Map<String, Object> claims, PrivateKey key) {
        byte[] claimsJson;
        try {
            claimsJson = JSON.writeValueAsBytes(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JWT claims", e);
        }
        String signingInput = encode(HEADER.getBytes(StandardCharsets.UTF_8)) + "." + encode(claimsJson);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encode(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign JWT with the configured RSA key", e);
        }
    }

    private static String encode(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }
}
