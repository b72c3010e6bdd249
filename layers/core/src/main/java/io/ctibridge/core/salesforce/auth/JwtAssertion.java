package io.ctibridge.core.salesforce.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JWT bearer assertion, RS256-signed with the JDK's {@code SHA256withRSA}.
 *
 * @see <a href="https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm">OAuth 2.0 JWT Bearer Flow</a>
 */
record JwtAssertion(String issuer, String subject, String audience, Instant expiresAt) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";

    /** {@code header.claims.signature}, each part base64url without padding. */
    String sign(PrivateKey key) {
        String signingInput = encode(HEADER.getBytes(StandardCharsets.UTF_8)) + "." + encode(claimsJson());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encode(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign JWT with the configured RSA key", e);
        }
    }

    private byte[] claimsJson() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", audience);
        claims.put("exp", expiresAt.getEpochSecond());
        try {
            return JSON.writeValueAsBytes(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JWT claims", e);
        }
    }

    private static String encode(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }
}
