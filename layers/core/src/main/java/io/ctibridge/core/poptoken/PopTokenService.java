package io.ctibridge.core.poptoken;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Mints and checks the capability tokens that let an agent's softphone read one contact's screen pop.
 *
 * <p>Token = base64url("v1|keyId|contactId|expiryEpochSeconds") + "." + base64url(HMAC-SHA256 of that payload).
 * The contact id and expiry are inside the MAC, so a token cannot be replayed for another contact or extended.
 */
public final class PopTokenService {

    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    /** Tokens are short strings; anything longer is rejected before any decoding work. */
    private static final int MAX_TOKEN_LENGTH = 512;

    private final Supplier<PopTokenKeys> keys;
    private final Clock clock;

    /** @param keys supplies the current keys; may cache and refresh them (rotation) */
    public PopTokenService(Supplier<PopTokenKeys> keys, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String mint(String contactId, Duration lifetime) {
        requireUsableContactId(contactId);
        PopTokenKeys current = keys.get();
        long expiry = clock.instant().plus(lifetime).getEpochSecond();
        String payload = String.join("|", VERSION, current.activeKeyId(), contactId, Long.toString(expiry));
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return B64.encodeToString(payloadBytes) + "." + B64.encodeToString(hmac(current.activeKey(), payloadBytes));
    }

    /** Checks {@code token} (the bearer value, without the "Bearer " prefix) for {@code contactId}. */
    public PopTokenVerdict verify(String token, String contactId) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return PopTokenVerdict.MALFORMED;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return PopTokenVerdict.MALFORMED;
        }
        byte[] payloadBytes;
        byte[] signature;
        try {
            payloadBytes = B64D.decode(token.substring(0, dot));
            signature = B64D.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return PopTokenVerdict.MALFORMED;
        }
        // Only the spelling mint() writes: decoders accept padding and ignore unused trailing bits, so without
        // this one token would have many spellings that all verify (found by the reliability suite's fuzzing).
        if (!B64.encodeToString(payloadBytes).equals(token.substring(0, dot))
                || !B64.encodeToString(signature).equals(token.substring(dot + 1))) {
            return PopTokenVerdict.MALFORMED;
        }
        String[] parts = new String(payloadBytes, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            return PopTokenVerdict.MALFORMED;
        }
        Optional<byte[]> key = keys.get().key(parts[1]);
        if (key.isEmpty()) {
            return PopTokenVerdict.FORGED;
        }
        // Constant-time: the comparison must not tell an attacker how many leading bytes were right.
        if (!MessageDigest.isEqual(hmac(key.get(), payloadBytes), signature)) {
            return PopTokenVerdict.FORGED;
        }
        long expiry;
        try {
            expiry = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            return PopTokenVerdict.MALFORMED;
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expiry))) {
            return PopTokenVerdict.EXPIRED;
        }
        return parts[2].equals(contactId) ? PopTokenVerdict.VALID : PopTokenVerdict.OTHER_CONTACT;
    }

    private static void requireUsableContactId(String contactId) {
        if (contactId == null || contactId.isEmpty() || contactId.contains("|") || contactId.length() > 128) {
            throw new IllegalArgumentException("contact id must be 1..128 characters without '|'");
        }
    }

    private static byte[] hmac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
