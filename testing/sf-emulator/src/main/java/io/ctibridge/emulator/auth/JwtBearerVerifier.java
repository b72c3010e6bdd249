package io.ctibridge.emulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a JWT bearer assertion the way Salesforce does: iss is the consumer key, sub the user, aud the login
 * host, exp in the future but at most 3 minutes ahead, and (when a key is configured) an RS256 signature.
 */
final class JwtBearerVerifier {
    private static final Duration MAX_EXP_AHEAD = Duration.ofMinutes(3);
    // Tolerates a few seconds of drift between the test's clock and ours at the 3-minute boundary.
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final ObjectMapper json;
    private final Clock clock;
    private final String consumerKey;
    private final String username;
    private final Optional<PublicKey> publicKey;

    JwtBearerVerifier(
            ObjectMapper json, Clock clock, String consumerKey, String username, Optional<PublicKey> publicKey) {
        this.json = json;
        this.clock = clock;
        this.consumerKey = consumerKey;
        this.username = username;
        this.publicKey = publicKey;
    }

    /** @throws OAuthError when the assertion must be refused */
    void verify(String assertion, Set<String> acceptedAudiences) {
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.", -1);
        if (parts.length != 3) {
            throw new OAuthError("invalid_grant", "invalid assertion");
        }
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        if (publicKey.isPresent()) {
            if (!"RS256".equals(header.path("alg").asText())) {
                throw new OAuthError("invalid_grant", "invalid assertion: alg must be RS256");
            }
            if (!signatureValid(parts)) {
                throw new OAuthError("invalid_grant", "invalid assertion: signature does not verify");
            }
        }
        if (!consumerKey.equals(claims.path("iss").asText())) {
            throw new OAuthError("invalid_client_id", "client identifier invalid");
        }
        if (!username.equals(claims.path("sub").asText())) {
            throw new OAuthError("invalid_grant", "user hasn't approved this consumer");
        }
        if (!audienceAccepted(claims.path("aud"), acceptedAudiences)) {
            throw new OAuthError("invalid_grant", "audience is invalid");
        }
        checkExpiry(claims.path("exp"));
    }

    private static boolean audienceAccepted(JsonNode aud, Set<String> accepted) {
        if (aud.isArray()) {
            for (JsonNode one : aud) {
                if (accepted.contains(trimSlash(one.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return accepted.contains(trimSlash(aud.asText()));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void checkExpiry(JsonNode exp) {
        if (!exp.canConvertToLong()) {
            throw new OAuthError("invalid_grant", "invalid assertion: exp claim missing");
        }
        Instant expiry = Instant.ofEpochSecond(exp.asLong());
        Instant now = clock.instant();
        if (!expiry.isAfter(now)) {
            throw new OAuthError("invalid_grant", "invalid assertion: expired");
        }
        if (expiry.isAfter(now.plus(MAX_EXP_AHEAD).plus(CLOCK_SKEW))) {
            throw new OAuthError("invalid_grant", "invalid assertion: exp more than 3 minutes ahead");
        }
    }

    private boolean signatureValid(String[] parts) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(publicKey.orElseThrow());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private JsonNode decode(String part) {
        try {
            JsonNode node = json.readTree(Base64.getUrlDecoder().decode(part));
            if (node == null || !node.isObject()) {
                throw new OAuthError("invalid_grant", "invalid assertion");
            }
            return node;
        } catch (IOException | IllegalArgumentException e) {
            throw new OAuthError("invalid_grant", "invalid assertion");
        }
    }
}
