package io.ctibridge.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenEndpointIT {
    private static final String JWT_GRANT =
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion=";
    private static final KeyPair KEYS = Jwts.newKeyPair();
    private static SalesforceEmulator sf;
    private static TestClient client;

    @BeforeAll
    static void start() {
        sf = SalesforceEmulator.start(EmulatorConfig.defaults().withJwtPublicKey(KEYS.getPublic()));
        client = new TestClient(sf.baseUrl());
    }

    @AfterAll
    static void stop() {
        sf.close();
    }

    private TestClient.Response jwtGrant(String assertion) {
        return client.tokenRequest(JWT_GRANT + assertion);
    }

    private static String validAssertion() {
        return Jwts.assertion(
                KEYS.getPrivate(),
                "ctibridge-local",
                "integration@ctibridge.local",
                "https://login.salesforce.com",
                Instant.now().plusSeconds(120));
    }

    @Test
    void jwtBearer_issuesUsableToken_forValidSignedAssertion() {
        var answer = jwtGrant(validAssertion());

        assertEquals(200, answer.status());
        assertEquals("Bearer", answer.body().get("token_type").asText());
        assertEquals(sf.baseUrl().toString(), answer.body().get("instance_url").asText());
        assertTrue(answer.body().get("id").asText().startsWith(sf.baseUrl() + "/id/00D"));
        assertTrue(answer.body().get("access_token").asText().startsWith("00D"));
        var query = new TestClient(sf.baseUrl())
                .withToken(answer.body().get("access_token").asText())
                .query("SELECT Id FROM Account");
        assertEquals(200, query.status());
    }

    @Test
    void jwtBearer_acceptsTheEmulatorItselfAsAudience() {
        String assertion = Jwts.assertion(
                KEYS.getPrivate(),
                "ctibridge-local",
                "integration@ctibridge.local",
                sf.baseUrl().toString(),
                Instant.now().plusSeconds(60));

        assertEquals(200, jwtGrant(assertion).status());
    }

    @Test
    void jwtBearer_refusesExpiredAssertion() {
        String expired = Jwts.assertion(
                KEYS.getPrivate(),
                "ctibridge-local",
                "integration@ctibridge.local",
                "https://login.salesforce.com",
                Instant.now().minusSeconds(10));

        var answer = jwtGrant(expired);

        assertEquals(400, answer.status());
        assertEquals("invalid_grant", answer.body().get("error").asText());
    }

    @Test
    void jwtBearer_refusesExpiryMoreThanThreeMinutesAhead() {
        String tooLong = Jwts.assertion(
                KEYS.getPrivate(),
                "ctibridge-local",
                "integration@ctibridge.local",
                "https://login.salesforce.com",
                Instant.now().plus(Duration.ofMinutes(10)));

        assertEquals("invalid_grant", jwtGrant(tooLong).body().get("error").asText());
    }

    @Test
    void jwtBearer_refusesWrongAudience() {
        String wrongAud = Jwts.assertion(
                KEYS.getPrivate(),
                "ctibridge-local",
                "integration@ctibridge.local",
                "https://evil.example.com",
                Instant.now().plusSeconds(60));

        var answer = jwtGrant(wrongAud);

        assertEquals(400, answer.status());
        assertEquals("invalid_grant", answer.body().get("error").asText());
        assertEquals(
                "audience is invalid", answer.body().get("error_description").asText());
    }

    @Test
    void jwtBearer_refusesBadSignature_whenAKeyIsConfigured() {
        KeyPair other = Jwts.newKeyPair();
        String forged = Jwts.assertion(
                other.getPrivate(),
                "ctibridge-local",
                "integration@ctibridge.local",
                "https://login.salesforce.com",
                Instant.now().plusSeconds(60));

        var answer = jwtGrant(forged);

        assertEquals(400, answer.status());
        assertEquals("invalid_grant", answer.body().get("error").asText());
    }

    @Test
    void jwtBearer_refusesUnknownConsumerKeyAndUser() {
        String wrongIss = Jwts.assertion(
                KEYS.getPrivate(),
                "someone-else",
                "integration@ctibridge.local",
                "https://login.salesforce.com",
                Instant.now().plusSeconds(60));
        String wrongSub = Jwts.assertion(
                KEYS.getPrivate(),
                "ctibridge-local",
                "mallory@ctibridge.local",
                "https://login.salesforce.com",
                Instant.now().plusSeconds(60));

        assertEquals("invalid_client_id", jwtGrant(wrongIss).body().get("error").asText());
        assertEquals("invalid_grant", jwtGrant(wrongSub).body().get("error").asText());
    }

    @Test
    void jwtBearer_refusesGarbageAssertion() {
        assertEquals("invalid_grant", jwtGrant("not.a-jwt").body().get("error").asText());
    }

    @Test
    void clientCredentials_issuesToken_forGoodSecret() {
        var answer = client.tokenRequest(
                "grant_type=client_credentials&client_id=ctibridge-local" + "&client_secret=local-secret");

        assertEquals(200, answer.status());
        assertEquals("api", answer.body().get("scope").asText());
    }

    @Test
    void clientCredentials_refusesBadSecret_withInvalidClient() {
        var answer =
                client.tokenRequest("grant_type=client_credentials&client_id=ctibridge-local" + "&client_secret=wrong");

        assertEquals(400, answer.status());
        assertEquals("invalid_client", answer.body().get("error").asText());
    }

    @Test
    void clientCredentials_isRefused_whenNoSecretIsConfigured() {
        try (var noSecret = SalesforceEmulator.start(EmulatorConfig.defaults().withoutClientSecret())) {
            var answer = new TestClient(noSecret.baseUrl())
                    .tokenRequest("grant_type=client_credentials&client_id=ctibridge-local&client_secret=local-secret");

            assertEquals(400, answer.status());
            assertEquals("invalid_grant", answer.body().get("error").asText());
        }
    }

    @Test
    void token_refusesUnsupportedGrant() {
        var answer = client.tokenRequest("grant_type=password&username=a&password=b");

        assertEquals("unsupported_grant_type", answer.body().get("error").asText());
    }
}
