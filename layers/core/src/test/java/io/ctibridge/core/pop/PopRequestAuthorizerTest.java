package io.ctibridge.core.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopRequestAuthorizerTest {

    private static final String CONTACT = PopFixtures.CONTACT_ID;
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final PopTokenKeys KEYS = new PopTokenKeys(
            "k1", Map.of("k1", "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8)));

    private final PopTokenService tokens = new PopTokenService(() -> KEYS, Clock.fixed(NOW, ZoneOffset.UTC));
    private final PopRequestAuthorizer authorizer = new PopRequestAuthorizer(tokens);
    private final String token = tokens.mint(CONTACT, Duration.ofMinutes(15));

    @Test
    void authorize_grantsAFreshTokenForItsContact_whateverTheSchemesCase() {
        assertInstanceOf(PopAccess.Granted.class, authorizer.authorize("Bearer " + token, CONTACT));
        assertInstanceOf(PopAccess.Granted.class, authorizer.authorize("bearer  " + token + " ", CONTACT));
    }

    @Test
    void authorize_asksForCredentialsWithoutAnErrorCode_whenNoneAreSent() {
        for (String header : new String[] {null, "", "   "}) {
            PopAccess.Refused refused = refused(header);
            assertEquals(401, refused.status());
            assertEquals("missing_token", refused.error());
            assertEquals("Bearer realm=\"ctibridge-pop\"", refused.challenge());
        }
    }

    @Test
    void authorize_refusesOtherSchemesAndAnEmptyBearer() {
        assertEquals("NOT_BEARER", refused("Basic dXNlcjpwYXNz").reason());
        assertEquals("NOT_BEARER", refused(token).reason());
        assertEquals("NOT_BEARER", refused("Token " + token).reason());
        assertEquals("EMPTY_TOKEN", refused("Bearer ").reason());
        assertEquals(401, refused("Basic dXNlcjpwYXNz").status());
    }

    @Test
    void authorize_refusesMalformedAndForgedTokensAlike() {
        PopAccess.Refused malformed = refused("Bearer not-a-token");
        PopAccess.Refused forged = refused("Bearer " + token.substring(0, token.length() - 2) + "AA");
        assertEquals("MALFORMED", malformed.reason());
        assertEquals("FORGED", forged.reason());
        // Same answer for both: the adapter learns nothing about how close a forgery came.
        assertEquals(malformed.error(), forged.error());
        assertEquals(malformed.message(), forged.message());
        assertEquals(401, forged.status());
        assertTrue(forged.challenge().contains("error=\"invalid_token\""), forged.challenge());
    }

    @Test
    void authorize_saysWhenATokenExpired() {
        PopTokenService later =
                new PopTokenService(() -> KEYS, Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        PopAccess.Refused expired = assertInstanceOf(
                PopAccess.Refused.class, new PopRequestAuthorizer(later).authorize("Bearer " + token, CONTACT));
        assertEquals(401, expired.status());
        assertEquals("token_expired", expired.error());
        assertTrue(expired.challenge().contains("error=\"invalid_token\""), expired.challenge());
    }

    @Test
    void authorize_forbidsAnotherContactsToken() {
        PopAccess.Refused refused = assertInstanceOf(
                PopAccess.Refused.class,
                authorizer.authorize("Bearer " + token, "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"));
        assertEquals(403, refused.status());
        assertEquals("wrong_contact", refused.error());
    }

    @Test
    void authorize_answers503_whenTheKeysCannotBeRead() {
        PopTokenService broken = new PopTokenService(
                () -> {
                    throw new IllegalStateException("Secrets Manager unreachable");
                },
                Clock.fixed(NOW, ZoneOffset.UTC));
        PopAccess.Refused refused = assertInstanceOf(
                PopAccess.Refused.class, new PopRequestAuthorizer(broken).authorize("Bearer " + token, CONTACT));
        assertEquals(503, refused.status());
        assertFalse(refused.message().contains("Secrets Manager"), "no internals in the answer");
    }

    private PopAccess.Refused refused(String header) {
        return assertInstanceOf(PopAccess.Refused.class, authorizer.authorize(header, CONTACT));
    }
}
