package io.ctibridge.core.salesforce.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.RsaKeys;
import io.ctibridge.core.salesforce.auth.PrivateKeyPem;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelephonyTokensTest {

    private static final RsaKeys KEYS = RsaKeys.generate();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A clock the test moves. */
    private static final class Steps extends Clock {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Steps clock = new Steps();
    private final TelephonyTokens tokens =
            new TelephonyTokens(credentials(Optional.of("https://scrt.salesforce.com")), clock);

    @Test
    void bearer_isReused_untilShortlyBeforeExpiry_thenSignedAgain() {
        String first = tokens.bearer();
        clock.now = clock.now.plusSeconds(150);
        assertEquals(first, tokens.bearer(), "still 30 s before exp");

        clock.now = clock.now.plusSeconds(15);
        String second = tokens.bearer();

        assertNotEquals(first, second, "within the renewal margin");
        assertEquals(2, tokens.signings());
    }

    @Test
    void bearer_carriesIatExpJtiAndTheAudienceWhenSet_signedByTheKey() throws Exception {
        String jwt = tokens.bearer();

        assertTrue(KEYS.verifies(jwt));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        assertEquals(clock.now.getEpochSecond(), claims.get("iat").asLong());
        assertEquals(clock.now.getEpochSecond() + 180, claims.get("exp").asLong());
        assertEquals("https://scrt.salesforce.com", claims.get("aud").asText());
        assertEquals(36, claims.get("jti").asText().length());
    }

    @Test
    void refused_dropsOnlyTheTokenThatWasRefused() {
        String first = tokens.bearer();
        tokens.refused("some.older.token");
        assertEquals(first, tokens.bearer());

        tokens.refused(first);

        assertNotEquals(first, tokens.bearer());
    }

    private static TelephonyCredentials credentials(Optional<String> audience) {
        return new TelephonyCredentials(
                URI.create("https://acme.my.salesforce-scrt.com/telephony/v1"),
                "00D000000000001AAA",
                "ACME_Connect",
                PrivateKeyPem.parseRsa(KEYS.privateKeyPem()),
                audience,
                Duration.ofMinutes(3),
                Optional.empty());
    }
}
