package io.ctibridge.function.pop;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.CallerMatch;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.pop.PopRequestAuthorizer;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.pop.ScreenPopService;
import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The handler with in-memory collaborators, fed HTTP API 2.0 events: every way a token can be wrong, and how the
 * event's route, stage and query reach the endpoint. The sample events in events/apigw are read by the IT.
 */
class ScreenPopHandlerTest {

    private static final String CONTACT = "5ca32fbd-8f92-46af-92a5-6b0f970f0efe";
    private static final String OTHER_CONTACT = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
    private static final String ROUTE = "GET /v1/pops/{contactId}";
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] KEY_1 = "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEY_2 = "k2-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final CallerMatch ADA =
            new CallerMatch("003000000000001AAA", "Contact", "Ada Lovelace", null, null, "Phone");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, LookupResult> states = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private volatile PopTokenKeys keys = new PopTokenKeys("k1", Map.of("k1", KEY_1));
    private final PopTokenService tokens = new PopTokenService(() -> keys, CLOCK);
    private final ScreenPopHandler handler = handler();

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void validToken_getsThePop() throws Exception {
        states.put(CONTACT, matchOf(CONTACT));
        APIGatewayV2HTTPResponse response =
                handle(popEvent(CONTACT, "Bearer " + tokens.mint(CONTACT, Duration.ofMinutes(15))));
        assertEquals(200, response.getStatusCode());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals("MATCH", body.get("lookupStatus").asText());
        assertEquals(
                ADA.id(), body.get("screenPop").get("params").get("recordId").asText());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        assertNull(response.getCookies(), "tokens travel in headers, never cookies");
        assertFalse(response.getIsBase64Encoded());
    }

    @Test
    void expiredToken_gets401() throws Exception {
        PopTokenService earlier =
                new PopTokenService(() -> keys, Clock.fixed(NOW.minus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        assertUnauthorized(
                handle(popEvent(CONTACT, "Bearer " + earlier.mint(CONTACT, Duration.ofMinutes(15)))), "token_expired");
    }

    @Test
    void forgedSignature_gets401() throws Exception {
        PopTokenService attacker = new PopTokenService(() -> new PopTokenKeys("k1", Map.of("k1", KEY_2)), CLOCK);
        assertUnauthorized(
                handle(popEvent(CONTACT, "Bearer " + attacker.mint(CONTACT, Duration.ofMinutes(15)))), "invalid_token");
    }

    @Test
    void tamperedPayload_gets401() throws Exception {
        String genuine = tokens.mint(OTHER_CONTACT, Duration.ofMinutes(15));
        String payload = new String(
                Base64.getUrlDecoder().decode(genuine.substring(0, genuine.indexOf('.'))), StandardCharsets.UTF_8);
        String retargeted = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace(OTHER_CONTACT, CONTACT).getBytes(StandardCharsets.UTF_8));
        String tampered = retargeted + genuine.substring(genuine.indexOf('.'));
        assertUnauthorized(handle(popEvent(CONTACT, "Bearer " + tampered)), "invalid_token");
    }

    @Test
    void anotherContactsToken_gets403_withoutContactData() throws Exception {
        states.put(CONTACT, matchOf(CONTACT));
        APIGatewayV2HTTPResponse response =
                handle(popEvent(CONTACT, "Bearer " + tokens.mint(OTHER_CONTACT, Duration.ofMinutes(15))));
        assertEquals(403, response.getStatusCode());
        assertErrorBodyOnly(response, "wrong_contact");
    }

    @Test
    void missingHeader_gets401_withAChallengeButNoErrorCode() throws Exception {
        APIGatewayV2HTTPResponse response = handle(popEvent(CONTACT, null));
        assertUnauthorized(response, "missing_token");
        assertEquals("Bearer realm=\"ctibridge-pop\"", response.getHeaders().get("WWW-Authenticate"));
    }

    @Test
    void wrongScheme_gets401() throws Exception {
        String token = tokens.mint(CONTACT, Duration.ofMinutes(15));
        assertUnauthorized(handle(popEvent(CONTACT, "Basic " + token)), "missing_token");
        assertUnauthorized(handle(popEvent(CONTACT, token)), "missing_token");
    }

    @Test
    void keyRotation_keepsEarlierTokensValid_untilTheOldKeyIsRetired() throws Exception {
        states.put(CONTACT, matchOf(CONTACT));
        String beforeRotation = tokens.mint(CONTACT, Duration.ofMinutes(15));
        keys = new PopTokenKeys("k2", Map.of("k2", KEY_2, "k1", KEY_1)); // AWSCURRENT k2, AWSPREVIOUS k1
        assertEquals(200, handle(popEvent(CONTACT, "Bearer " + beforeRotation)).getStatusCode());
        assertEquals(
                200,
                handle(popEvent(CONTACT, "Bearer " + tokens.mint(CONTACT, Duration.ofMinutes(15))))
                        .getStatusCode());
        keys = new PopTokenKeys("k3", Map.of("k3", KEY_1.clone(), "k2", KEY_2)); // k1 retired
        assertUnauthorized(handle(popEvent(CONTACT, "Bearer " + beforeRotation)), "invalid_token");
    }

    @Test
    void refusals_happenBeforeAnyStateIsRead() {
        states.put(CONTACT, matchOf(CONTACT));
        handle(popEvent(CONTACT, "Bearer nope"));
        String log = logs.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("Lovelace"), log);
        assertTrue(log.contains("\"reason\":\"MALFORMED\""), log);
    }

    @Test
    void aNamedStagesPrefix_isIgnoredOnACatchAllRoute() {
        states.put(CONTACT, matchOf(CONTACT));
        APIGatewayV2HTTPEvent event = popEvent(CONTACT, "Bearer " + tokens.mint(CONTACT, Duration.ofMinutes(15)));
        event.setRouteKey("$default");
        event.getRequestContext().setRouteKey("$default");
        event.setPathParameters(null);
        event.setRawPath("/prod/v1/pops/" + CONTACT);
        event.getRequestContext().setStage("prod");
        assertEquals(200, handle(event).getStatusCode());
    }

    @Test
    void theRoutesPathParameter_winsOverARawPathWithAMappingPrefix() {
        states.put(CONTACT, matchOf(CONTACT));
        APIGatewayV2HTTPEvent event = popEvent(CONTACT, "Bearer " + tokens.mint(CONTACT, Duration.ofMinutes(15)));
        event.setRawPath("/cti/v1/pops/" + CONTACT);
        assertEquals(200, handle(event).getStatusCode());
    }

    @Test
    void theRawQueryString_isReadWhenNoParametersWereDecoded() throws Exception {
        APIGatewayV2HTTPEvent event = popEvent(CONTACT, "Bearer " + tokens.mint(CONTACT, Duration.ofMinutes(15)));
        event.setRawQueryString("callerNumber=%2B14155550123");
        event.setQueryStringParameters(null);
        JsonNode body = JSON.readTree(handle(event).getBody());
        assertEquals("+14155550123", body.get("callerNumber").asText());
        assertEquals("NONE", body.get("lookupStatus").asText());
    }

    @Test
    void streamEntry_writesTheResponse_asApiGatewayReadsIt() throws Exception {
        states.put(CONTACT, matchOf(CONTACT));
        ByteArrayOutputStream event = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(
                        APIGatewayV2HTTPEvent.class, getClass().getClassLoader())
                .toJson(popEvent(CONTACT, "Bearer " + tokens.mint(CONTACT, Duration.ofMinutes(15))), event);

        JsonNode response = invoke(event.toByteArray());

        assertEquals(200, response.get("statusCode").asInt());
        assertEquals("no-store", response.get("headers").get("Cache-Control").asText());
        assertFalse(response.get("isBase64Encoded").asBoolean());
        assertEquals(
                ADA.id(),
                JSON.readTree(response.get("body").asText())
                        .get("matches")
                        .get(0)
                        .get("id")
                        .asText());
    }

    @Test
    void streamEntry_answers400_toBytesThatAreNotAnHttpApiEvent() throws Exception {
        for (String junk : List.of("", "not json", "{\"headers\": [1]}", "{\"requestContext\": {\"http\": 5}}")) {
            JsonNode response = invoke(junk.getBytes(StandardCharsets.UTF_8));

            assertEquals(400, response.get("statusCode").asInt(), junk);
            assertEquals(
                    "no-store", response.get("headers").get("Cache-Control").asText());
            assertEquals(
                    "bad_request",
                    JSON.readTree(response.get("body").asText()).get("error").asText());
        }
    }

    @Test
    void snapStartPriming_readsTheSyntheticEventInTheJar_andWritesAnAnswer() {
        // The hook runs once per published version, before the snapshot: a broken resource would fail the deploy.
        assertDoesNotThrow(ScreenPopHandler::primeCodec);
    }

    @Test
    void aNullEvent_getsA404_notAnException() {
        assertEquals(404, handler.handleEvent(null, null).getStatusCode());
    }

    // --- helpers ---

    /** Lambda's way in: the event's bytes to the stream entry, the response as API Gateway reads it. */
    private JsonNode invoke(byte[] event) throws Exception {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), response, null);
        return JSON.readTree(response.toByteArray());
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return handler.handleEvent(event, null);
    }

    private static void assertUnauthorized(APIGatewayV2HTTPResponse response, String error) throws Exception {
        assertEquals(401, response.getStatusCode(), response.getBody());
        assertTrue(response.getHeaders().get("WWW-Authenticate").startsWith("Bearer realm=\"ctibridge-pop\""));
        assertErrorBodyOnly(response, error);
    }

    private static void assertErrorBodyOnly(APIGatewayV2HTTPResponse response, String error) throws Exception {
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals(error, body.get("error").asText());
        assertEquals(2, body.size(), "error and message, no contact data: " + body);
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        assertEquals("application/json; charset=utf-8", response.getHeaders().get("Content-Type"));
    }

    /** An HTTP API 2.0 event as API Gateway sends it for the pop route; {@code authorization} null leaves it out. */
    static APIGatewayV2HTTPEvent popEvent(String contactId, String authorization) {
        String path = "/v1/pops/" + contactId;
        Map<String, String> headers = new HashMap<>(Map.of(
                "accept",
                "application/json",
                "host",
                "k7x2m9q4vd.execute-api.us-east-1.amazonaws.com",
                "origin",
                "https://acme--amazonconnect.vf.force.com"));
        if (authorization != null) {
            headers.put("authorization", authorization);
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(ROUTE)
                .withRawPath(path)
                .withRawQueryString("")
                .withHeaders(headers)
                .withPathParameters(Map.of("contactId", contactId))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withAccountId("123456789012")
                        .withApiId("k7x2m9q4vd")
                        .withDomainName("k7x2m9q4vd.execute-api.us-east-1.amazonaws.com")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET")
                                .withPath(path)
                                .withProtocol("HTTP/1.1")
                                .withSourceIp("203.0.113.42")
                                .withUserAgent("test")
                                .build())
                        .withRequestId("Uq3YzjYtIAMEb7w=")
                        .withRouteKey(ROUTE)
                        .withStage("$default")
                        .withTime("25/Nov/2026:15:00:00 +0000")
                        .withTimeEpoch(NOW.toEpochMilli())
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }

    private static LookupResult matchOf(String contactId) {
        return new LookupResult(
                contactId, Profile.DEFAULT_NAME, LookupStatus.MATCH, "+14155550123", List.of(ADA), "1 match(es)", NOW);
    }

    private ScreenPopHandler handler() {
        PrintStream out = new PrintStream(logs, true, StandardCharsets.UTF_8);
        JsonLog log = new JsonLog("test", out, CLOCK);
        EmfMetrics metrics = new EmfMetrics("test", out, CLOCK);
        ContactStateStore store = new ContactStateStore() {
            @Override
            public void save(LookupResult result, Duration ttl) {
                states.put(result.contactId(), result);
            }

            @Override
            public Optional<LookupResult> find(String contactId) {
                return Optional.ofNullable(states.get(contactId));
            }
        };
        CallerLookup lookup = new CallerLookup(
                Profile::defaults,
                (caller, profile, deadline) -> List.of(),
                store,
                tokens,
                executor,
                CLOCK,
                log,
                metrics,
                SalesforceGuard.unguarded());
        ScreenPopService pops = new ScreenPopService(store, Profile::defaults, lookup, CLOCK, log);
        return new ScreenPopHandler(
                new ScreenPopEndpoint(
                        new PopRequestAuthorizer(tokens),
                        pops,
                        CorsPolicy.of("https://acme--amazonconnect.vf.force.com"),
                        log,
                        metrics),
                log);
    }
}
