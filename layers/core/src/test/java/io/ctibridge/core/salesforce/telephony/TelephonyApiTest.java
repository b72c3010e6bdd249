package io.ctibridge.core.salesforce.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.RsaKeys;
import io.ctibridge.core.salesforce.auth.PrivateKeyPem;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.time.Deadline;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelephonyApiTest {

    private static final RsaKeys KEYS = RsaKeys.generate();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NewVoiceCall INBOUND = new NewVoiceCall(
            "c0ffee00-0000-4000-8000-000000000001",
            "+18005550100",
            "+14155550199",
            NewVoiceCall.INBOUND,
            "2026-03-02T10:15:30Z",
            List.of(NewVoiceCall.Participant.endUser("+14155550199")),
            null,
            "Support",
            null);
    private static final VoiceCallUpdate CLOSE = new VoiceCallUpdate(
            null,
            "2026-03-02T10:20:30Z",
            null,
            null,
            null,
            12L,
            null,
            1L,
            "Support",
            "agent1",
            null,
            null,
            null,
            null,
            "{\"reason\":\"billing\"}",
            false,
            new VoiceCallUpdate.DisconnectReason("CUSTOMER_DISCONNECT", false));

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private TelephonyApi api;
    private TelephonyTokens tokens;

    @BeforeEach
    void setUp() {
        URI base = URI.create(server.url("/telephony/v1").toString());
        var credentials = new TelephonyCredentials(
                base,
                "00D000000000001AAA",
                "ACME_Connect",
                PrivateKeyPem.parseRsa(KEYS.privateKeyPem()),
                Optional.empty(),
                Duration.ofMinutes(3),
                Optional.of("ctibridge"));
        tokens = new TelephonyTokens(credentials, Clock.systemUTC());
        api = new TelephonyApi(
                HttpSettings.defaults().withCallTimeout(Duration.ofSeconds(1)).newClient(),
                credentials,
                tokens,
                Duration.ofMillis(1));
    }

    @Test
    void create_postsTheCallWithItsContactCenterAndASignedBearer_andAnswersCreated() throws Exception {
        server.enqueue(json(200, "{\"voiceCallId\":\"0LQxx0000000001\",\"errors\":[]}"));

        TelephonyOutcome outcome = api.createVoiceCall(INBOUND, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(new TelephonyOutcome.Created("0LQxx0000000001", ""), outcome);
        RecordedRequest request = server.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/telephony/v1/voiceCalls", request.getUrl().encodedPath());
        assertEquals("ctibridge", request.getHeaders().get("Telephony-Provider-Name"));
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
        String bearer = request.getHeaders().get("Authorization");
        assertTrue(bearer.startsWith("Bearer "));
        assertTrue(KEYS.verifies(bearer.substring(7)));
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertEquals("ACME_Connect", body.get("callCenterApiName").asText());
        assertEquals(
                "c0ffee00-0000-4000-8000-000000000001",
                body.get("vendorCallKey").asText());
        assertEquals("Inbound", body.get("initiationMethod").asText());
        assertEquals("+18005550100", body.get("to").asText());
        assertEquals("+14155550199", body.get("from").asText());
        assertEquals("END_USER", body.get("participants").get(0).get("type").asText());
        assertEquals(
                "+14155550199",
                body.get("participants").get(0).get("participantKey").asText());
        assertFalse(body.has("parentVoiceCallId"), "null fields are left out");
    }

    @Test
    void create_answersCreatedWithTheErrorsString_whenTheRecordWasMadeDespiteAFailedTrigger() {
        server.enqueue(json(200, "{\"voiceCallId\":\"0LQxx0000000002\",\"errors\":\"trigger failed: X\"}"));

        TelephonyOutcome outcome = api.createVoiceCall(INBOUND, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(new TelephonyOutcome.Created("0LQxx0000000002", "trigger failed: X"), outcome);
    }

    @Test
    void calls_reuseOneSignedToken_untilItNearsExpiry() throws Exception {
        server.enqueue(json(200, "{\"voiceCallId\":\"0LQxx0000000001\",\"errors\":[]}"));
        server.enqueue(json(200, "{\"status\":\"pending\"}"));

        api.createVoiceCall(INBOUND, Deadline.after(Duration.ofSeconds(5)));
        api.updateVoiceCall("0LQxx0000000001", CLOSE, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(1, tokens.signings());
        assertEquals(
                server.takeRequest().getHeaders().get("Authorization"),
                server.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void update_patchesTheCallByItsKey_andAnswersAccepted() throws Exception {
        server.enqueue(json(200, "{\"status\":\"pending\"}"));

        TelephonyOutcome outcome = api.updateVoiceCall(
                "c0ffee00-0000-4000-8000-000000000001", CLOSE, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(new TelephonyOutcome.Accepted("pending"), outcome);
        RecordedRequest request = server.takeRequest();
        assertEquals("PATCH", request.getMethod());
        assertEquals(
                "/telephony/v1/voiceCalls/c0ffee00-0000-4000-8000-000000000001",
                request.getUrl().encodedPath());
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertEquals("2026-03-02T10:20:30Z", body.get("endTime").asText());
        assertEquals(12, body.get("totalHoldDuration").asLong());
        assertFalse(body.get("isActiveCall").asBoolean());
        assertEquals(
                "CUSTOMER_DISCONNECT", body.get("disconnectReason").get("value").asText());
        assertFalse(body.get("disconnectReason").get("isError").asBoolean());
        assertTrue(body.get("callAttributes").isTextual(), "callAttributes is a JSON string");
        assertFalse(body.has("recordingLocation"));
    }

    @Test
    void update_retriesRateLimitAndServerErrors_thenAnswersAccepted() {
        server.enqueue(json(429, "{}"));
        server.enqueue(json(503, "{}"));
        server.enqueue(json(200, "{\"status\":\"pending\"}"));

        TelephonyOutcome outcome = api.updateVoiceCall("k", CLOSE, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(new TelephonyOutcome.Accepted("pending"), outcome);
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void update_answersRateLimited_whenEveryAttemptIs429() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(429, "{}"));
        }

        TelephonyOutcome outcome = api.updateVoiceCall("k", CLOSE, Deadline.after(Duration.ofSeconds(5)));

        assertInstanceOf(TelephonyOutcome.RateLimited.class, outcome);
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void create_retries429_whichMadeNothing() {
        server.enqueue(json(429, "{}"));
        server.enqueue(json(200, "{\"voiceCallId\":\"0LQxx0000000001\",\"errors\":[]}"));

        assertInstanceOf(
                TelephonyOutcome.Created.class, api.createVoiceCall(INBOUND, Deadline.after(Duration.ofSeconds(5))));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void create_doesNotRepeatAServerError_becauseThePostMayHaveMadeTheCall() {
        server.enqueue(json(500, "{}"));
        server.enqueue(json(200, "{\"voiceCallId\":\"0LQxx0000000001\",\"errors\":[]}"));

        TelephonyOutcome outcome = api.createVoiceCall(INBOUND, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(new TelephonyOutcome.ServerError(500, "{}"), outcome);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void create_answersInDoubt_whenTheAnswerNeverComes() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(3, TimeUnit.SECONDS)
                .code(200)
                .body("{}")
                .build());

        TelephonyOutcome outcome = api.createVoiceCall(INBOUND, Deadline.after(Duration.ofSeconds(5)));

        assertInstanceOf(TelephonyOutcome.InDoubt.class, outcome);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void calls_signAFreshTokenOnce_after401_thenAnswerUnauthorized() throws Exception {
        server.enqueue(json(401, "{\"message\":\"invalid token\"}"));
        server.enqueue(json(401, "{\"message\":\"invalid token\"}"));

        TelephonyOutcome outcome = api.updateVoiceCall("k", CLOSE, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(new TelephonyOutcome.Unauthorized(401, "{\"message\":\"invalid token\"}"), outcome);
        assertEquals(2, tokens.signings());
        assertNotEquals(
                server.takeRequest().getHeaders().get("Authorization"),
                server.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void calls_recover_whenOnly401TheCachedToken() {
        server.enqueue(json(401, "{}"));
        server.enqueue(json(200, "{\"status\":\"pending\"}"));

        assertEquals(
                new TelephonyOutcome.Accepted("pending"),
                api.updateVoiceCall("k", CLOSE, Deadline.after(Duration.ofSeconds(5))));
    }

    @Test
    void calls_answerRejected_forOther4xx_withoutRetrying() {
        server.enqueue(json(400, "{\"message\":\"parentVoiceCallId is required\"}"));

        TelephonyOutcome outcome = api.createVoiceCall(INBOUND, Deadline.after(Duration.ofSeconds(5)));

        assertEquals(new TelephonyOutcome.Rejected(400, "{\"message\":\"parentVoiceCallId is required\"}"), outcome);
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void calls_sendNothing_whenTheDeadlineHasPassed() {
        TelephonyOutcome outcome = api.createVoiceCall(INBOUND, Deadline.after(Duration.ZERO));

        assertInstanceOf(TelephonyOutcome.NotSent.class, outcome);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void bearer_carriesTheTelephonyClaims() throws Exception {
        server.enqueue(json(200, "{\"status\":\"pending\"}"));

        api.updateVoiceCall("k", CLOSE, Deadline.after(Duration.ofSeconds(5)));

        String jwt = server.takeRequest().getHeaders().get("Authorization").substring(7);
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        assertEquals("00D000000000001AAA", claims.get("iss").asText());
        assertEquals("ACME_Connect", claims.get("sub").asText());
        assertEquals(180, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertFalse(claims.get("jti").asText().isBlank());
        assertFalse(claims.has("aud"), "aud only when the secret names one");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
