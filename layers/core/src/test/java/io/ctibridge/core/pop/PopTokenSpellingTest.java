package io.ctibridge.core.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.poptoken.PopTokenVerdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A token verifies only as minted: no padded or otherwise re-spelled variant of it does (Jazzer's finding). */
class PopTokenSpellingTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTACT = "5fb1a7d3-0b5c-4f38-9f7e-2a36b1c4e9d0";

    private final PopTokenKeys keys = new PopTokenKeys("k1", Map.of("k1", KEY));
    private final PopTokenService service = new PopTokenService(() -> keys, Clock.systemUTC());
    private final String token = service.mint(CONTACT, Duration.ofMinutes(5));

    @Test
    void verify_acceptsTheTokenAsMinted() {
        assertEquals(PopTokenVerdict.VALID, service.verify(token, CONTACT));
    }

    @Test
    void verify_refusesBase64PaddingAddedToTheSignature() {
        assertEquals(PopTokenVerdict.MALFORMED, service.verify(token + "=", CONTACT));
    }

    @Test
    void verify_refusesASignatureWhoseUnusedTrailingBitsWereChanged() {
        // 32 MAC bytes are 43 base64 characters; the last carries 2 bits the decoder ignores.
        char last = token.charAt(token.length() - 1);
        char sameBytes = "AEIMQUYcgkosw048".indexOf(last) >= 0 ? (char) (last + 1) : (char) (last - 1);
        String respelled = token.substring(0, token.length() - 1) + sameBytes;
        assertEquals(PopTokenVerdict.MALFORMED, service.verify(respelled, CONTACT));
    }

    @Test
    void verify_refusesPaddingAddedToThePayload() {
        int dot = token.indexOf('.');
        assertEquals(
                PopTokenVerdict.MALFORMED,
                service.verify(token.substring(0, dot) + "=" + token.substring(dot), CONTACT));
    }
}
