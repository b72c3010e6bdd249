package io.ctibridge.function.pop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.DynamoDbContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.LookupOutcome;
import io.ctibridge.core.lookup.LookupRequest;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.pop.CorsPolicy;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.LocalStack;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handler wired exactly as in Lambda (CompositionRoot: pop-token secret, contact-state and config tables,
 * Salesforce over HTTP) against moto and the Salesforce emulator, fed the HTTP API 2.0 sample events in events/apigw.
 * The contact flow's lookup is run with the same core classes the caller-lookup function uses.
 */
class ScreenPopHandlerIT {

    private static final String EVENTS = "../../events/apigw/";
    private static final String ALLOWED_ORIGIN = "https://acme--amazonconnect.vf.force.com";
    private static final Predicate<RecordedRequest> API_CALL = r -> r.path().startsWith("/services/data/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalStack stack;
    private static CompositionRoot environment;
    private static ExecutorService executor;
    private static ScreenPopHandler handler;
    private static CallerLookup flowLookup;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.startIsolated("pop-it", EmulatorConfig.defaults());
        ProfileParser parser = new ProfileParser();
        stack.profiles().put(parser.parse("""
                {"profile": "agents-choose", "popRules": {"MULTIPLE": {"action": "LIST"},
                  "NONE": {"action": "NEW_RECORD", "object": "Lead", "phoneField": "MobilePhone",
                           "defaultFieldValues": {"LeadSource": "Phone Inquiry", "Company": "Unknown"}}}}"""), "test");
        stack.profiles().put(parser.parse("""
                {"profile": "impatient", "lookupDeadlineMs": 800}"""), "test");
        environment = new CompositionRoot(withAllowedOrigins(stack), Clock.systemUTC());
        executor = Executors.newVirtualThreadPerTaskExecutor();
        handler = new ScreenPopHandler(environment.screenPop(), JsonLog.stdout(ScreenPopHandlerIT.class));
        flowLookup = environment.callerLookup();
    }

    @AfterAll
    static void stopStack() {
        executor.close();
        stack.close();
    }

    @AfterEach
    void resetFaults() {
        stack.salesforce().faults().reset();
    }

    @Test
    void pop_servesTheFlowsStoredLookup_withoutCallingSalesforceAgain() throws Exception {
        String id = insert("Contact", Map.of("FirstName", "Ada", "LastName", "Lovelace", "Phone", "(212) 555-0201"));
        String contactId = UUID.randomUUID().toString();
        LookupOutcome flow = flowLookup.lookup(request(contactId, "+12125550201", "default"));
        int before = apiCalls();

        APIGatewayV2HTTPResponse response =
                handler.handleEvent(popEvent("get-pop.json", contactId, "Bearer " + flow.popToken()), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals(contactId, body.get("contactId").asText());
        assertEquals("+12125550201", body.get("callerNumber").asText());
        assertEquals("MATCH", body.get("lookupStatus").asText());
        assertEquals(id, body.get("matches").get(0).get("id").asText());
        assertEquals("Ada Lovelace", body.get("matches").get(0).get("name").asText());
        assertEquals("SOBJECT", body.get("screenPop").get("type").asText());
        assertEquals(id, body.get("screenPop").get("params").get("recordId").asText());
        assertEquals("INBOUND", body.get("searchAndScreenPop").get("callType").asText());
        assertEquals("no-store", response.getHeaders().get("Cache-Control"));
        assertEquals(ALLOWED_ORIGIN, response.getHeaders().get("Access-Control-Allow-Origin"));
        assertEquals(before, apiCalls());
    }

    @Test
    void pop_listsTheMatches_whenTheFlowsProfileLetsTheAgentChoose() throws Exception {
        insert("Contact", Map.of("LastName", "Older", "Phone", "(212) 555-0202"));
        insert("Contact", Map.of("LastName", "Newer", "MobilePhone", "+1 212 555 0202"));
        String contactId = UUID.randomUUID().toString();
        LookupOutcome flow = flowLookup.lookup(request(contactId, "+12125550202", "agents-choose"));

        JsonNode body = JSON.readTree(
                handler.handleEvent(popEvent("get-pop.json", contactId, "Bearer " + flow.popToken()), null)
                        .getBody());

        assertEquals("MULTIPLE", body.get("lookupStatus").asText());
        assertTrue(body.get("screenPop").isNull(), body.toString());
        assertEquals("LIST", body.get("pop").get("kind").asText());
        assertEquals(2, body.get("matches").size());
        assertTrue(body.get("searchAndScreenPop").get("deferred").asBoolean());
    }

    @Test
    void pop_runsTheLookupItself_whenNoStateIsStored_andStoresIt() throws Exception {
        // The emulator's demo seed has Jane and Jim Doe sharing the front-desk line (415) 555-0123.
        String contactId = UUID.randomUUID().toString();
        String token = environment.popTokens().mint(contactId, Duration.ofMinutes(15));
        warmSession();
        int before = apiCalls();

        // The sample event carries ?callerNumber=%2B14155550123&profile=default
        APIGatewayV2HTTPResponse response =
                handler.handleEvent(popEvent("get-pop-with-caller-number.json", contactId, "Bearer " + token), null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals("MULTIPLE", body.get("lookupStatus").asText());
        assertEquals(
                Set.of("Jane Doe", "Jim Doe"),
                Set.of(
                        body.get("matches").get(0).get("name").asText(),
                        body.get("matches").get(1).get("name").asText()));
        assertEquals("SEARCH", body.get("screenPop").get("type").asText());
        assertEquals(
                "+14155550123",
                body.get("screenPop").get("params").get("searchString").asText());
        assertEquals(1, apiCalls() - before, "one search, as the flow's lookup would make");
        LookupResult stored = storedState(contactId).orElseThrow();
        assertEquals(
                body.get("matches").get(0).get("id").asText(),
                stored.matches().getFirst().id());
    }

    @Test
    void pop_runsTheLookupForARecordJustInserted_andOpensIt() throws Exception {
        String id = insert("Contact", Map.of("LastName", "Babbage", "Phone", "212.555.0204"));
        String contactId = UUID.randomUUID().toString();
        String token = environment.popTokens().mint(contactId, Duration.ofMinutes(15));
        APIGatewayV2HTTPEvent event = popEvent("get-pop-with-caller-number.json", contactId, "Bearer " + token);
        event.setQueryStringParameters(Map.of("callerNumber", "(212) 555-0204"));

        JsonNode body = JSON.readTree(handler.handleEvent(event, null).getBody());

        assertEquals("MATCH", body.get("lookupStatus").asText());
        assertEquals("+12125550204", body.get("callerNumber").asText());
        assertEquals(id, body.get("screenPop").get("params").get("recordId").asText());
    }

    @Test
    void pop_answersTheUnknownCallerForm_whenNoStateAndNoNumber_andStoresNothing() throws Exception {
        String contactId = UUID.randomUUID().toString();
        String token = environment.popTokens().mint(contactId, Duration.ofMinutes(15));
        int before = stack.salesforce().requests().count();

        JsonNode body = JSON.readTree(handler.handleEvent(popEvent("get-pop.json", contactId, "Bearer " + token), null)
                .getBody());

        assertEquals("UNAVAILABLE", body.get("lookupStatus").asText());
        assertEquals("NEW_RECORD_MODAL", body.get("screenPop").get("type").asText());
        assertEquals(
                "Contact", body.get("screenPop").get("params").get("entityName").asText());
        assertTrue(storedState(contactId).isEmpty());
        assertEquals(before, stack.salesforce().requests().count());
    }

    @Test
    void pop_keepsTheLookupDeadline_whenItRunsTheLookupAndSalesforceIsSlow() throws Exception {
        String contactId = UUID.randomUUID().toString();
        String token = environment.popTokens().mint(contactId, Duration.ofMinutes(15));
        warmSession();
        stack.salesforce().faults().latency(Duration.ofSeconds(5));
        APIGatewayV2HTTPEvent event = popEvent("get-pop.json", contactId, "Bearer " + token);
        event.setQueryStringParameters(Map.of("callerNumber", "+12125550299", "profile", "impatient"));

        long started = System.nanoTime();
        JsonNode body = JSON.readTree(handler.handleEvent(event, null).getBody());
        long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertEquals("UNAVAILABLE", body.get("lookupStatus").asText());
        assertEquals("NEW_RECORD_MODAL", body.get("screenPop").get("type").asText());
        assertEquals(
                "+12125550299",
                body.get("screenPop")
                        .get("params")
                        .get("defaultFieldValues")
                        .get("Phone")
                        .asText());
        // The profile's 800 ms, with room for a loaded CI machine; not a speed benchmark.
        assertTrue(elapsedMs < 800 + 700, "answered after " + elapsedMs + " ms");
    }

    @Test
    void sampleEventAsIs_isRefused_itsTokenWasSignedWithAnotherKey() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleEvent(load("get-pop.json"), null);
        assertEquals(401, response.getStatusCode());
        assertEquals(
                "invalid_token", JSON.readTree(response.getBody()).get("error").asText());
        assertTrue(response.getHeaders().get("WWW-Authenticate").contains("error=\"invalid_token\""));
    }

    @Test
    void sampleEventWithoutAuthorization_gets401() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleEvent(load("get-pop-without-authorization.json"), null);
        assertEquals(401, response.getStatusCode());
        assertEquals(
                "missing_token", JSON.readTree(response.getBody()).get("error").asText());
    }

    @Test
    void anotherContactsToken_gets403() throws Exception {
        String contactId = UUID.randomUUID().toString();
        LookupOutcome flow = flowLookup.lookup(request(contactId, "+12125550203", "default"));
        APIGatewayV2HTTPResponse response = handler.handleEvent(
                popEvent("get-pop.json", UUID.randomUUID().toString(), "Bearer " + flow.popToken()), null);
        assertEquals(403, response.getStatusCode());
        JsonNode body = JSON.readTree(response.getBody());
        assertEquals(List.of("error", "message"), fieldNames(body));
    }

    @Test
    void malformedContactId_gets400_beforeAnyLookup() throws Exception {
        int before = stack.salesforce().requests().count();
        APIGatewayV2HTTPResponse response = handler.handleEvent(load("get-pop-malformed-contact-id.json"), null);
        assertEquals(400, response.getStatusCode());
        assertEquals(
                "invalid_contact_id",
                JSON.readTree(response.getBody()).get("error").asText());
        assertEquals(before, stack.salesforce().requests().count());
    }

    @Test
    void wrongMethod_gets405_andUnknownRoute_gets404() throws Exception {
        APIGatewayV2HTTPResponse post = handler.handleEvent(load("post-pop.json"), null);
        assertEquals(405, post.getStatusCode());
        assertEquals("GET, OPTIONS", post.getHeaders().get("Allow"));
        APIGatewayV2HTTPResponse unknown = handler.handleEvent(load("get-unknown-route.json"), null);
        assertEquals(404, unknown.getStatusCode());
        assertEquals("not_found", JSON.readTree(unknown.getBody()).get("error").asText());
    }

    @Test
    void corsPreflight_fromTheSoftphonesOrigin_isAllowed() {
        APIGatewayV2HTTPResponse response = handler.handleEvent(load("preflight-allowed-origin.json"), null);
        assertEquals(204, response.getStatusCode());
        assertEquals(ALLOWED_ORIGIN, response.getHeaders().get("Access-Control-Allow-Origin"));
        assertTrue(response.getHeaders().get("Access-Control-Allow-Headers").contains("Authorization"));
        assertEquals("GET, OPTIONS", response.getHeaders().get("Access-Control-Allow-Methods"));
    }

    @Test
    void corsPreflight_fromAnotherOrigin_isRefused() throws Exception {
        APIGatewayV2HTTPResponse response = handler.handleEvent(load("preflight-refused-origin.json"), null);
        assertEquals(403, response.getStatusCode());
        assertEquals(
                "origin_not_allowed",
                JSON.readTree(response.getBody()).get("error").asText());
        assertFalse(response.getHeaders().containsKey("Access-Control-Allow-Origin"));
    }

    @Test
    void response_reachesApiGatewayAsTheRuntimeSerialisesIt_headersOnlyNoCookies() throws Exception {
        String contactId = UUID.randomUUID().toString();
        LookupOutcome flow = flowLookup.lookup(request(contactId, "+12125550205", "default"));
        APIGatewayV2HTTPResponse response =
                handler.handleEvent(popEvent("get-pop.json", contactId, "Bearer " + flow.popToken()), null);

        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(
                        APIGatewayV2HTTPResponse.class, getClass().getClassLoader())
                .toJson(response, wire);
        JsonNode sent = JSON.readTree(wire.toByteArray());

        assertEquals(200, sent.get("statusCode").asInt());
        assertEquals("no-store", sent.get("headers").get("Cache-Control").asText());
        assertFalse(sent.hasNonNull("cookies"), sent.toString());
        assertFalse(sent.get("headers").has("Set-Cookie"));
        assertEquals(
                "NONE",
                JSON.readTree(sent.get("body").asText()).get("lookupStatus").asText());
    }

    @Test
    void keyRotation_inSecretsManager_keepsTokensOfTheRingingCallValid() throws Exception {
        try (LocalStack rotating = LocalStack.startIsolated("pop-rotation-it", EmulatorConfig.defaults())) {
            CompositionRoot before = new CompositionRoot(rotating.functionEnvironment(), Clock.systemUTC());
            String contactId = UUID.randomUUID().toString();
            String oldToken = before.popTokens().mint(contactId, Duration.ofMinutes(15));
            String secretArn = rotating.functionEnvironment().get(CompositionRoot.POP_TOKEN_SECRET_ARN);
            rotating.secretsManager()
                    .putSecretValue(r -> r.secretId(secretArn).secretString("{\"key\":\"" + "r".repeat(48) + "\"}"));

            // A new execution environment reads AWSCURRENT (new key) and AWSPREVIOUS (old key).
            CompositionRoot after = new CompositionRoot(rotating.functionEnvironment(), Clock.systemUTC());
            ScreenPopHandler rotated =
                    new ScreenPopHandler(after.screenPop(), JsonLog.stdout(ScreenPopHandlerIT.class));
            assertEquals(
                    200,
                    rotated.handleEvent(popEvent("get-pop.json", contactId, "Bearer " + oldToken), null)
                            .getStatusCode());
            String newToken = after.popTokens().mint(contactId, Duration.ofMinutes(15));
            assertEquals(
                    200,
                    rotated.handleEvent(popEvent("get-pop.json", contactId, "Bearer " + newToken), null)
                            .getStatusCode());
        }
    }

    // --- helpers ---

    private static Map<String, String> withAllowedOrigins(LocalStack stack) {
        Map<String, String> env = new HashMap<>(stack.functionEnvironment());
        env.put(CorsPolicy.ALLOWED_ORIGINS_ENV, ALLOWED_ORIGIN + ",https://acme.lightning.force.com");
        return env;
    }

    private static LookupRequest request(String contactId, String callerId, String profile) {
        return new LookupRequest(contactId, callerId, "+18005550100", profile, Duration.ofSeconds(8));
    }

    private static APIGatewayV2HTTPEvent load(String file) {
        return EventLoader.loadEvent(EVENTS + file, APIGatewayV2HTTPEvent.class);
    }

    /** A sample event, re-aimed at {@code contactId} with a token of this stack. */
    private static APIGatewayV2HTTPEvent popEvent(String file, String contactId, String authorization) {
        APIGatewayV2HTTPEvent event = load(file);
        String path = "/v1/pops/" + contactId;
        event.setRawPath(path);
        event.getRequestContext().getHttp().setPath(path);
        event.setPathParameters(Map.of("contactId", contactId));
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("authorization", authorization);
        event.setHeaders(headers);
        return event;
    }

    private static Optional<LookupResult> storedState(String contactId) {
        return new DynamoDbContactStateStore(stack.dynamoDb(), stack.tables().contactState(), Clock.systemUTC())
                .find(contactId);
    }

    private static String insert(String type, Map<String, Object> fields) {
        return stack.salesforce().records().insert(type, new HashMap<>(fields));
    }

    /** Makes sure a Salesforce session exists so that counts below are of the pop's own calls. */
    private static void warmSession() {
        flowLookup.lookup(request(UUID.randomUUID().toString(), "+12125550200", "default"));
    }

    private static int apiCalls() {
        return stack.salesforce().requests().count(API_CALL);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
