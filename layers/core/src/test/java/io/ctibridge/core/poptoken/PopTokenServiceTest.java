package io.ctibridge.core.poptoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.testkit.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopTokenServiceTest {

    private static final String CONTACT = "5ca32fbd-8f92-46af-92a5-6b0f970f0efe";
    private static final byte[] KEY_1 = "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY_2 = "k2-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private PopTokenKeys keys = new PopTokenKeys("k1", Map.of("k1", KEY_1));
    private final PopTokenService service = new PopTokenService(() -> keys, clock);

    @Test
    void verify_acceptsFreshTokenForItsContact() {
        String token = service.mint(CONTACT, Duration.ofMinutes(15));
        assertEquals(PopTokenVerdict.VALID, service.verify(token, CONTACT));
    }

    @Test
    void verify_refusesTokenOfAnotherContact() {
        String token = service.mint(CONTACT, Duration.ofMinutes(15));
        assertEquals(PopTokenVerdict.OTHER_CONTACT, service.verify(token, "another-contact"));
    }

    @Test
    void verify_refusesExpiredToken() {
        String token = service.mint(CONTACT, Duration.ofMinutes(15));
        clock.set(NOW.plus(Duration.ofMinutes(15)));
        assertEquals(PopTokenVerdict.EXPIRED, service.verify(token, CONTACT));
    }

    @Test
    void verify_refusesTamperedPayload_evenWithItsOriginalSignature() {
        String token = service.mint(CONTACT, Duration.ofMinutes(15));
        String signature = token.substring(token.indexOf('.') + 1);
        String longer =
                "v1|k1|" + CONTACT + "|" + NOW.plus(Duration.ofDays(365)).getEpochSecond();
        String tampered =
                Base64.getUrlEncoder().withoutPadding().encodeToString(longer.getBytes(StandardCharsets.UTF_8)) + "."
                        + signature;
        assertEquals(PopTokenVerdict.FORGED, service.verify(tampered, CONTACT));
    }

    @Test
    void verify_refusesTokenSignedWithAnotherKey() {
        PopTokenService attacker = new PopTokenService(() -> new PopTokenKeys("k1", Map.of("k1", KEY_2)), clock);
        assertEquals(PopTokenVerdict.FORGED, service.verify(attacker.mint(CONTACT, Duration.ofMinutes(5)), CONTACT));
    }

    @Test
    void verify_refusesUnknownKeyId() {
        PopTokenService other = new PopTokenService(() -> new PopTokenKeys("k9", Map.of("k9", KEY_1)), clock);
        assertEquals(PopTokenVerdict.FORGED, service.verify(other.mint(CONTACT, Duration.ofMinutes(5)), CONTACT));
    }

    @Test
    void verify_acceptsTokenOfPreviousKey_afterRotation() {
        String before = service.mint(CONTACT, Duration.ofMinutes(15));
        keys = new PopTokenKeys("k2", Map.of("k2", KEY_2, "k1", KEY_1));
        assertEquals(PopTokenVerdict.VALID, service.verify(before, CONTACT));
        assertEquals(PopTokenVerdict.VALID, service.verify(service.mint(CONTACT, Duration.ofMinutes(1)), CONTACT));
    }

    @Test
    void verify_refusesTokenOfRetiredKey() {
        String before = service.mint(CONTACT, Duration.ofMinutes(15));
        keys = new PopTokenKeys("k2", Map.of("k2", KEY_2));
        assertEquals(PopTokenVerdict.FORGED, service.verify(before, CONTACT));
    }

    @Test
    void verify_refusesMalformedTokens() {
        for (String junk : new String[] {
            null,
            "",
            ".",
            "abc",
            "a.b.c",
            "!!!.???",
            "x".repeat(10_000),
            Base64.getUrlEncoder().encodeToString("v0|k1|c|1".getBytes(StandardCharsets.UTF_8)) + ".AA"
        }) {
            assertEquals(PopTokenVerdict.MALFORMED, service.verify(junk, CONTACT), String.valueOf(junk));
        }
    }

    @Test
    void mint_rejectsContactIdThatCouldBreakThePayload() {
        assertThrows(IllegalArgumentException.class, () -> service.mint("a|b", Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> service.mint("", Duration.ofMinutes(1)));
    }

    @Test
    void keys_rejectShortKeyMaterial() {
        assertThrows(IllegalArgumentException.class, () -> new PopTokenKeys("k", Map.of("k", new byte[8])));
    }
}
