package io.ctibridge.core.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.contact.InMemoryContactStateStore;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.poptoken.PopTokenKeys;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Routing, validation, CORS, headers, logs and metrics of the pop API; token verdicts are in the handler's test. */
class ScreenPopEndpointTest {

    private static final String CONTACT = PopFixtures.CONTACT_ID;
    private static final String ORIGIN = "https://acme.lightning.force.com";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryContactStateStore states = new InMemoryContactStateStore();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PopTokenService tokens = new PopTokenService(
            () -> new PopTokenKeys(
                    "k1", Map.of("k1", "k1-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8))),
            CLOCK);
    private final String token = tokens.mint(CONTACT, Duration.ofMinutes(15));
    private final ScreenPopEndpoint endpoint = endpoint();

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void get_servesTheStoredPop_withNoStoreAndCorsForAnAllowedOrigin() throws Exception {
        states.save(PopFixtures.match(), Duration.ofDays(1));
        PopHttpResponse response = get("/v1/pops/" + CONTACT, Map.of());
        assertEquals(200, response.status());
        assertEquals("no-store", response.headers().get("Cache-Control"));
        assertEquals("application/json; charset=utf-8", response.headers().get("Content-Type"));
        assertEquals(ORIGIN, response.headers().get("Access-Control-Allow-Origin"));
        assertEquals("Origin", response.headers().get("Vary"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(CONTACT, body.get("contactId").asText());
        assertEquals("SOBJECT", body.get("screenPop").get("type").asText());
    }

    @Test
    void get_acceptsAnUpperCaseContactId_asConnectsOwnSpelling() {
        states.save(PopFixtures.match(), Duration.ofDays(1));
        assertEquals(200, get("/v1/pops/" + CONTACT.toUpperCase(), Map.of()).status());
    }

    @Test
    void get_fromAnOriginNotAllowed_isServedWithoutCorsHeaders_soTheBrowserWithholdsIt() {
        states.save(PopFixtures.match(), Duration.ofDays(1));
        PopHttpResponse response = endpoint.handle(
                new PopHttpRequest(
                        "GET",
                        "/v1/pops/" + CONTACT,
                        Map.of("Authorization", "Bearer " + token, "Origin", "https://evil.example.com"),
                        Map.of()),
                Duration.ofSeconds(5));
        assertEquals(200, response.status());
        assertNull(response.headers().get("Access-Control-Allow-Origin"));
    }

    @Test
    void get_withCallerNumber_runsTheLookup_whenNothingIsStored() throws Exception {
        PopHttpResponse response = get("/v1/pops/" + CONTACT, Map.of("callerNumber", "+14155550123"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals("NONE", body.get("lookupStatus").asText());
        assertEquals("+14155550123", body.get("callerNumber").asText());
        assertTrue(lastLogLine("screen pop").contains("\"outcome\":\"LOOKED_UP\""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-a-contact",
                "12345",
                "5ca32fbd-8f92-46af-92a5-6b0f970f0ef",
                "5ca32fbd8f9246af92a56b0f970f0efe",
                "5ca32fbd-8f92-46af-92a5-6b0f970f0efg",
                "%27%20OR%201%3D1",
                "' OR '1'='1",
                ""
            })
    void get_refusesWhatIsNotAContactId_beforeTheTokenCheck(String id) throws Exception {
        PopHttpResponse response =
                endpoint.handle(new PopHttpRequest("GET", "/v1/pops/" + id, Map.of(), Map.of()), Duration.ofSeconds(5));
        assertEquals(400, response.status());
        assertEquals(
                "invalid_contact_id",
                JSON.readTree(response.body()).get("error").asText());
        assertEquals("no-store", response.headers().get("Cache-Control"));
    }

    @Test
    void get_refusesBadQueryParameters() throws Exception {
        PopHttpResponse longNumber = get("/v1/pops/" + CONTACT, Map.of("callerNumber", "1".repeat(65)));
        assertEquals(400, longNumber.status());
        assertEquals(
                "invalid_parameter",
                JSON.readTree(longNumber.body()).get("error").asText());
        assertEquals(
                400,
                get("/v1/pops/" + CONTACT, Map.of("profile", "Bad Profile!")).status());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/v1/pops",
                "/v1/contacts/" + CONTACT,
                "/v1/pops/" + CONTACT + "/extra",
                "/v2/pops/" + CONTACT
            })
    void unknownRoutes_get404(String path) throws Exception {
        PopHttpResponse response =
                endpoint.handle(new PopHttpRequest("GET", path, Map.of(), Map.of()), Duration.ofSeconds(5));
        assertEquals(404, response.status());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(List.of("error", "message"), fieldNames(body));
        assertEquals("not_found", body.get("error").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "HEAD"})
    void otherMethods_get405WithAllow(String method) {
        PopHttpResponse response = endpoint.handle(
                new PopHttpRequest(method, "/v1/pops/" + CONTACT, Map.of("authorization", "Bearer " + token), Map.of()),
                Duration.ofSeconds(5));
        assertEquals(405, response.status());
        assertEquals("GET, OPTIONS", response.headers().get("Allow"));
        assertFalse(response.body().contains("Lovelace"));
    }

    @Test
    void preflight_fromAnAllowedOrigin_isAnsweredWithTheCorsHeaders() {
        PopHttpResponse response = preflight(ORIGIN);
        assertEquals(204, response.status());
        assertEquals(ORIGIN, response.headers().get("Access-Control-Allow-Origin"));
        assertEquals("GET, OPTIONS", response.headers().get("Access-Control-Allow-Methods"));
        assertEquals("Authorization, Content-Type", response.headers().get("Access-Control-Allow-Headers"));
        assertEquals("", response.body());
    }

    @Test
    void preflight_fromAnotherOrigin_isRefusedWithoutCorsHeaders() throws Exception {
        PopHttpResponse response = preflight("https://evil.example.com");
        assertEquals(403, response.status());
        assertEquals(
                "origin_not_allowed",
                JSON.readTree(response.body()).get("error").asText());
        assertFalse(response.headers().keySet().stream().anyMatch(h -> h.startsWith("Access-Control-")));
    }

    @Test
    void everyAnswer_isNoStore_andSetsNoCookie() {
        List<PopHttpResponse> answers = List.of(
                get("/v1/pops/" + CONTACT, Map.of()),
                get("/nowhere", Map.of()),
                get("/v1/pops/x", Map.of()),
                preflight(ORIGIN),
                preflight("https://evil.example.com"),
                endpoint.handle(new PopHttpRequest("GET", "/v1/pops/" + CONTACT, Map.of(), Map.of()), Duration.ZERO));
        for (PopHttpResponse answer : answers) {
            assertEquals("no-store", answer.headers().get("Cache-Control"), answer.toString());
            assertFalse(answer.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Set-Cookie")));
        }
    }

    @Test
    void logsAndMetrics_areKeyedByContact_withTheNumberMasked_andNeverTheToken() {
        states.save(PopFixtures.multiple(), Duration.ofDays(1));
        get("/v1/pops/" + CONTACT, Map.of());
        String logs = out.toString(StandardCharsets.UTF_8);
        String line = lastLogLine("screen pop");
        assertTrue(line.contains("\"contactId\":\"" + CONTACT + "\""), line);
        assertTrue(line.contains("\"caller\":\"+1415*****23\""), line);
        assertTrue(line.contains("\"outcome\":\"SERVED\""), line);
        assertTrue(line.contains("\"popKind\":\"SEARCH\""), line);
        assertFalse(logs.contains("4155550123"), logs);
        assertFalse(logs.contains(token), logs);
        assertTrue(logs.contains("\"Outcome\":\"SERVED\""), "one EMF metric per request: " + logs);
    }

    @Test
    void refusals_areLoggedWithTheirReason_andCounted() {
        endpoint.handle(
                new PopHttpRequest("GET", "/v1/pops/" + CONTACT, Map.of("authorization", "Bearer x.y"), Map.of()),
                Duration.ofSeconds(5));
        String line = lastLogLine("screen pop not served");
        assertTrue(line.contains("\"reason\":\"MALFORMED\""), line);
        assertTrue(line.contains("\"status\":401"), line);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"Outcome\":\"UNAUTHORIZED\""));
    }

    @Test
    void aBugBecomesA500WithoutContactData() throws Exception {
        ScreenPopService failing = new ScreenPopService(
                states,
                name -> {
                    throw new IllegalStateException("bug");
                },
                lookup(),
                CLOCK,
                log());
        states.save(PopFixtures.match(), Duration.ofDays(1));
        ScreenPopEndpoint broken = new ScreenPopEndpoint(
                new PopRequestAuthorizer(tokens),
                failing,
                CorsPolicy.of(ORIGIN),
                log(),
                new EmfMetrics("screen-pop", stdout, CLOCK));
        PopHttpResponse response = broken.handle(
                new PopHttpRequest("GET", "/v1/pops/" + CONTACT, Map.of("authorization", "Bearer " + token), Map.of()),
                Duration.ofSeconds(5));
        assertEquals(500, response.status());
        assertEquals(
                "internal_error", JSON.readTree(response.body()).get("error").asText());
        assertEquals("no-store", response.headers().get("Cache-Control"));
    }

    private PopHttpResponse get(String path, Map<String, String> query) {
        Map<String, String> headers = new HashMap<>();
        headers.put("authorization", "Bearer " + token);
        headers.put("origin", ORIGIN);
        return endpoint.handle(new PopHttpRequest("GET", path, headers, query), Duration.ofSeconds(5));
    }

    private PopHttpResponse preflight(String origin) {
        return endpoint.handle(
                new PopHttpRequest(
                        "OPTIONS",
                        "/v1/pops/" + CONTACT,
                        Map.of(
                                "Origin",
                                origin,
                                "Access-Control-Request-Method",
                                "GET",
                                "Access-Control-Request-Headers",
                                "authorization"),
                        Map.of()),
                Duration.ofSeconds(5));
    }

    private String lastLogLine(String message) {
        return out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains("\"message\":\"" + message + "\""))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("no log line '" + message + "' in " + out));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private ScreenPopEndpoint endpoint() {
        ScreenPopService pops = new ScreenPopService(states, Profile::defaults, lookup(), CLOCK, log());
        return new ScreenPopEndpoint(
                new PopRequestAuthorizer(tokens),
                pops,
                CorsPolicy.of(ORIGIN),
                log(),
                new EmfMetrics("screen-pop", stdout, CLOCK));
    }

    private CallerLookup lookup() {
        return new CallerLookup(
                Profile::defaults,
                (caller, profile, deadline) -> List.of(),
                states,
                tokens,
                executor,
                CLOCK,
                log(),
                new EmfMetrics("caller-lookup", stdout, CLOCK),
                SalesforceGuard.unguarded());
    }

    private JsonLog log() {
        return new JsonLog("test", stdout, CLOCK);
    }
}
