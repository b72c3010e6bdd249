package io.ctibridge.core.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.RsaKeys;
import io.ctibridge.core.salesforce.SalesforceAuthException;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.time.Deadline;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwtBearerAuthenticatorTest {

    private static final RsaKeys KEYS = RsaKeys.generate();
    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private JwtBearerAuthenticator authenticator;

    @BeforeEach
    void setUp() {
        URI loginUrl = URI.create(server.url("/").toString().replaceAll("/$", ""));
        var credentials = new SalesforceCredentials.JwtBearer(
                loginUrl,
                "3MVG9-consumer-key",
                "integration@acme.example",
                PrivateKeyPem.parseRsa(KEYS.privateKeyPem()),
                "https://login.salesforce.com",
                ApiVersion.DEFAULT);
        authenticator = new JwtBearerAuthenticator(
                credentials, HttpSettings.defaults().newClient(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void authenticate_postsASignedAssertionWithTheRequiredClaims() throws Exception {
        server.enqueue(tokenAnswer());

        authenticator.authenticate(Deadline.none());

        RecordedRequest request = server.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/services/oauth2/token", request.getUrl().encodedPath());
        assertEquals("application/x-www-form-urlencoded", request.getHeaders().get("Content-Type"));
        HttpUrl form = HttpUrl.get("http://form/?" + request.getBody().utf8());
        assertEquals("urn:ietf:params:oauth:grant-type:jwt-bearer", form.queryParameter("grant_type"));
        String jwt = form.queryParameter("assertion");
        String[] parts = jwt.split("\\.");
        assertEquals(3, parts.length);
        assertTrue(KEYS.verifies(jwt), "RS256 signature verifies with the connected app's certificate key");
        JsonNode header = decode(parts[0]);
        assertEquals("RS256", header.get("alg").asText());
        JsonNode claims = decode(parts[1]);
        assertEquals("3MVG9-consumer-key", claims.get("iss").asText());
        assertEquals("integration@acme.example", claims.get("sub").asText());
        assertEquals("https://login.salesforce.com", claims.get("aud").asText());
        long exp = claims.get("exp").asLong();
        assertTrue(exp > NOW.getEpochSecond() && exp <= NOW.getEpochSecond() + 180, "exp within 3 minutes: " + exp);
    }

    @Test
    void authenticate_signsEachAssertionWithTheOtherKeyFailingVerification() throws Exception {
        server.enqueue(tokenAnswer());

        authenticator.authenticate(Deadline.none());

        String jwt = HttpUrl.get(
                        "http://form/?" + server.takeRequest().getBody().utf8())
                .queryParameter("assertion");
        assertFalse(RsaKeys.generate().verifies(jwt));
    }

    @Test
    void authenticate_returnsTheSessionFromTheAnswer() {
        server.enqueue(tokenAnswer());

        SalesforceSession session = authenticator.authenticate(Deadline.none());

        assertEquals("00Dxx!token-1", session.accessToken());
        assertEquals(URI.create("https://acme.my.salesforce.com"), session.instanceUrl());
        assertEquals(Instant.ofEpochMilli(1772446530123L), session.issuedAt());
        assertFalse(session.toString().contains("token-1"));
    }

    @Test
    void authenticate_throwsAuthException_withTheOAuthErrorOfTheAnswer() {
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .body("{\"error\":\"invalid_grant\",\"error_description\":\"user hasn't approved this consumer\"}")
                .build());

        SalesforceAuthException e =
                assertThrows(SalesforceAuthException.class, () -> authenticator.authenticate(Deadline.none()));

        assertEquals(400, e.httpStatus());
        assertEquals("invalid_grant", e.error());
        assertEquals("user hasn't approved this consumer", e.errorDescription());
        assertFalse(e.retryable());
    }

    @Test
    void authenticate_throwsAuthException_whenTheErrorAnswerIsNotJson() {
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .body("<html>Bad Request</html>")
                .build());

        SalesforceAuthException e =
                assertThrows(SalesforceAuthException.class, () -> authenticator.authenticate(Deadline.none()));

        assertEquals("http_400", e.error());
    }

    @Test
    void authenticate_throwsServiceUnavailable_whenTheTokenEndpointFailsWith5xx() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .body("<html>maintenance</html>")
                .build());

        ServiceUnavailableException e =
                assertThrows(ServiceUnavailableException.class, () -> authenticator.authenticate(Deadline.none()));

        assertTrue(e.retryable());
    }

    @Test
    void authenticate_refusesAnInstanceUrlOverPlainHttp_soTheTokenIsNeverSentInClear() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"access_token\":\"t\",\"instance_url\":\"http://acme.my.salesforce.com\",\"issued_at\":\"1\"}")
                .build());

        assertThrows(SalesforceConfigException.class, () -> authenticator.authenticate(Deadline.none()));
    }

    @Test
    void authenticate_throwsAuthException_whenTheAnswerLacksAToken() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"instance_url\":\"https://acme.my.salesforce.com\"}")
                .build());

        SalesforceAuthException e =
                assertThrows(SalesforceAuthException.class, () -> authenticator.authenticate(Deadline.none()));

        assertEquals("invalid_response", e.error());
    }

    private static MockResponse tokenAnswer() {
        return new MockResponse.Builder().code(200).body("""
        {"access_token":"00Dxx!token-1","instance_url":"https://acme.my.salesforce.com",
         "id":"https://login.salesforce.com/id/00Dxx/005xx","token_type":"Bearer",
         "issued_at":"1772446530123","scope":"api"}""").build();
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(part));
    }
}
