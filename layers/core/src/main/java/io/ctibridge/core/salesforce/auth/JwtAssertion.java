package io.ctibridge.core.salesforce.auth;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JWT bearer assertion, RS256-signed by {@link JwtSigner}.
 *
 * @see <a href="https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_jwt_flow.htm">OAuth 2.0 JWT Bearer Flow</a>
 */
record JwtAssertion(String issuer, String subject, String audience, Instant expiresAt) {

    /** {@code header.claims.signature}, each part base64url without padding. */
    String sign(PrivateKey key) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", audience);
        claims.put("exp", expiresAt.getEpochSecond());
        return JwtSigner.rs256(claims, key);
    }
}
