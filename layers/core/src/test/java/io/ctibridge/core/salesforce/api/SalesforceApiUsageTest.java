package io.ctibridge.core.salesforce.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.auth.ClientCredentialsAuthenticator;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.salesforce.session.SessionProvider;
import io.ctibridge.testkit.MutableClock;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every answer's Sforce-Limit-Info, and every REQUEST_LIMIT_EXCEEDED, reach the environment's ApiUsage. */
class SalesforceApiUsageTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeOrg org = new FakeOrg();
    private final ApiUsage usage = new ApiUsage();
    private final MutableClock clock = new MutableClock(NOW);
    private SalesforceApi api;

    @BeforeEach
    void connect() {
        server.setDispatcher(org);
        URI origin = URI.create(server.url("/").toString().replaceAll("/$", ""));
        var credentials = new SalesforceCredentials.ClientCredentials(origin, "id", "secret", ApiVersion.DEFAULT);
        var http = HttpSettings.defaults().newClient();
        var sessions = new SessionProvider(new ClientCredentialsAuthenticator(credentials, http, Clock.systemUTC()));
        api = new SalesforceApi(http, sessions, ApiVersion.DEFAULT, usage, clock);
    }

    @Test
    void aSuccessfulAnswer_recordsTheOrgsUsage_atTheClocksTime() {
        org.answer(withLimitInfo(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}", "api-usage=120/15000"));

        api.query("SELECT Id FROM Lead");

        assertEquals(Optional.of(new ApiUsage.Reading(120, 15000, NOW)), usage.last());
    }

    @Test
    void anErrorAnswer_recordsTheUsageItReports() {
        org.answer(withLimitInfo(
                503, "[{\"errorCode\":\"SERVER_UNAVAILABLE\",\"message\":\"down\"}]", "api-usage=7/15000"));

        assertThrows(ServiceUnavailableException.class, () -> api.query("SELECT Id FROM Lead"));

        assertEquals(7, usage.last().orElseThrow().used());
        assertTrue(usage.lastLimitExceeded().isEmpty());
    }

    @Test
    void requestLimitExceeded_isRecorded_forTheGuardToShed() {
        org.answer(withLimitInfo(
                403,
                "[{\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\",\"message\":\"TotalRequests Limit exceeded.\"}]",
                "api-usage=15000/15000"));

        assertThrows(RequestLimitExceededException.class, () -> api.query("SELECT Id FROM Lead"));

        assertEquals(Optional.of(NOW), usage.lastLimitExceeded());
        assertEquals(100.0, usage.last().orElseThrow().percent(), 1e-9);
    }

    @Test
    void anAnswerWithoutTheHeader_orWithAMalformedOne_leavesTheLastReading() {
        org.answer(withLimitInfo(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}", "api-usage=120/15000"));
        org.answer(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}");
        org.answer(withLimitInfo(200, "{\"totalSize\":0,\"done\":true,\"records\":[]}", "api-usage=lots"));

        api.query("SELECT Id FROM Lead");
        api.query("SELECT Id FROM Lead");
        api.query("SELECT Id FROM Lead");

        assertEquals(120, usage.last().orElseThrow().used());
    }

    private static MockResponse withLimitInfo(int status, String json, String limitInfo) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .setHeader("Sforce-Limit-Info", limitInfo)
                .body(json)
                .build();
    }
}
