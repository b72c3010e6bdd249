package io.ctibridge.emulator.telephony;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a Telephony Integration API bearer: an RS256 JWT signed by the key of the contact center's certificate,
 * {@code iss} the org Id, {@code sub} the contact center API name, {@code exp} in the future and at most 24 hours
 * ahead (the current documentation's limit). A {@code jti} is replay-checked: one that comes back in a different
 * token is refused; the same token may be presented until it expires (see the README for why this reading).
 */
final class TelephonyJwtVerifier {

    static final Duration MAX_EXP_AHEAD = Duration.ofHours(24);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final ObjectMapper json;
    private final Clock clock;
    /** jti → the signature of the token that first carried it. */
    private final Map<String, String> seenJti = new ConcurrentHashMap<>();

    TelephonyJwtVerifier(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Why the token is refused, or empty when it is accepted. */
    Optional<String> refusal(String token, Optional<TelephonyTrust> trust) {
        if (trust.isEmpty()) {
            return Optional.of("no certificate is configured for the contact center");
        }
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.of("bearer is not a JWT");
        }
        Optional<JsonNode> header = decode(parts[0]);
        Optional<JsonNode> claims = decode(parts[1]);
        if (header.isEmpty() || claims.isEmpty()) {
            return Optional.of("bearer is not a JWT");
        }
        if (!"RS256".equals(header.get().path("alg").asText())) {
            return Optional.of("alg must be RS256");
        }
        if (!signatureValid(parts, trust.get())) {
            return Optional.of("signature does not verify with the contact center's certificate");
        }
        JsonNode c = claims.get();
        if (!trust.get().orgId().equals(c.path("iss").asText())) {
            return Optional.of("iss is not the org Id");
        }
        if (!trust.get().contactCenterApiName().equals(c.path("sub").asText())) {
            return Optional.of("sub is not the contact center's API name");
        }
        if (!c.path("exp").canConvertToLong()) {
            return Optional.of("exp is missing");
        }
        Instant exp = Instant.ofEpochSecond(c.path("exp").asLong());
        Instant now = clock.instant();
        if (!exp.isAfter(now)) {
            return Optional.of("token expired");
        }
        if (exp.isAfter(now.plus(MAX_EXP_AHEAD).plus(CLOCK_SKEW))) {
            return Optional.of("exp is more than 24 hours ahead");
        }
        String jti = c.path("jti").asText("");
        if (!jti.isEmpty()) {
            String first = seenJti.putIfAbsent(jti, parts[2]);
            if (first != null && !first.equals(parts[2])) {
                return Optional.of("jti was already used");
            }
        }
        return Optional.empty();
    }

    private static boolean signatureValid(String[] parts, TelephonyTrust trust) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(trust.certificateKey());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private Optional<JsonNode> decode(String part) {
        try {
            JsonNode node = json.readTree(Base64.getUrlDecoder().decode(part));
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
