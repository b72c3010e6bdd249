package io.ctibridge.core.salesforce.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.SalesforceAuthException;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.salesforce.session.SalesforceSession;
import io.ctibridge.core.time.Deadline;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientCredentialsAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private ClientCredentialsAuthenticator authenticator;

    @BeforeEach
    void setUp() {
        URI myDomain = URI.create(server.url("/").toString().replaceAll("/$", ""));
        authenticator = new ClientCredentialsAuthenticator(
                new SalesforceCredentials.ClientCredentials(myDomain, "client-id-1", "s3cr3t&=+", ApiVersion.DEFAULT),
                HttpSettings.defaults().newClient(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void authenticate_postsTheClientCredentialsGrantAsAForm() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(
                        "{\"access_token\":\"tok\",\"instance_url\":\"https://acme.my.salesforce.com\",\"token_type\":\"Bearer\"}")
                .build());

        SalesforceSession session = authenticator.authenticate(Deadline.none());

        RecordedRequest request = server.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/services/oauth2/token", request.getUrl().encodedPath());
        HttpUrl form = HttpUrl.get("http://form/?" + request.getBody().utf8());
        assertEquals("client_credentials", form.queryParameter("grant_type"));
        assertEquals("client-id-1", form.queryParameter("client_id"));
        assertEquals("s3cr3t&=+", form.queryParameter("client_secret"));
        assertEquals("tok", session.accessToken());
        assertEquals(NOW, session.issuedAt(), "issued_at missing: the clock's time");
    }

    @Test
    void authenticate_throwsAuthException_forAnInvalidClient() {
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .body("{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}")
                .build());

        SalesforceAuthException e =
                assertThrows(SalesforceAuthException.class, () -> authenticator.authenticate(Deadline.none()));

        assertEquals("invalid_client", e.error());
    }
}
