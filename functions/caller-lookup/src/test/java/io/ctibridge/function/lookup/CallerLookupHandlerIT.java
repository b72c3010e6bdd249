package io.ctibridge.function.lookup;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.contact.DynamoDbContactStateStore;
import io.ctibridge.core.contact.LookupResult;
import io.ctibridge.core.contact.LookupStatus;
import io.ctibridge.core.lookup.FlowResponse;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.observability.LogSink;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.poptoken.PopTokenVerdict;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.guard.GuardSettings;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.ConnectFlowEvents;
import io.ctibridge.local.LocalStack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handler wired exactly as in Lambda (CompositionRoot: secrets, tables, Salesforce over HTTP) against
 * moto and the Salesforce emulator, fed with Connect events as Connect sends them.
 */
class CallerLookupHandlerIT {

    private static final Predicate<RecordedRequest> API_CALL = r -> r.path().startsWith("/services/data/");
    private static final Predicate<RecordedRequest> TOKEN_CALL = r -> r.path().equals("/services/oauth2/token");

    private static final ObjectMapper FLOW_JSON = new ObjectMapper();

    private static LocalStack stack;
    private static CompositionRoot environment;
    private static ExecutorService executor;
    private static CallerLookupHandler handler;
    private static String lastContactId;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.startIsolated("lookup-it", EmulatorConfig.defaults());
        ProfileParser parser = new ProfileParser();
        stack.profiles().put(parser.parse("""
                {"profile": "uk-support", "defaultRegion": "GB"}"""), "test");
        stack.profiles().put(parser.parse("""
                {"profile": "de-support", "defaultRegion": "DE"}"""), "test");
        stack.profiles().put(parser.parse("""
                {"profile": "impatient", "lookupDeadlineMs": 800}"""), "test");
        executor = Executors.newVirtualThreadPerTaskExecutor();
    }

    /**
     * A fresh execution environment per test: the Salesforce guard (the org's budget, the breaker) is per
     * environment, and a test that fails Salesforce on purpose must not leave it shedding for the next one.
     */
    @BeforeEach
    void freshEnvironment() {
        environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        handler = new CallerLookupHandler(environment.callerLookup(), JsonLog.stdout(CallerLookupHandlerIT.class));
    }

    @AfterAll
    static void stopStack() {
        executor.close();
        stack.close();
    }

    @AfterEach
    void resetFaults() {
        stack.salesforce().faults().reset();
        stack.salesforce().faults().apiUsed(0);
    }

    @Test
    void lookup_recordsTheOrgsApiUsage_fromTheHeaderOnSalesforcesAnswer() {
        warmSession();
        call("+12125550120");

        ApiUsage.Reading reading = environment.salesforceGuard().usage().last().orElseThrow();
        assertEquals(stack.salesforce().faults().apiUsed(), reading.used());
        assertEquals(EmulatorConfig.DEFAULT_API_DAILY_LIMIT, reading.max());
    }

    @Test
    void lookup_shedsWithoutCallingSalesforce_onceTheOrgsApiUsageIsOverTheHardShare() {
        stack.salesforce().faults().apiUsed(EmulatorConfig.DEFAULT_API_DAILY_LIMIT / 100 * 96);
        assertNotEquals("UNAVAILABLE", call("+12125550121").get("lookupStatus"), "the first answer reports the usage");
        int before = apiCalls();

        Map<String, String> shed = call("+12125550121");

        assertEquals("UNAVAILABLE", shed.get("lookupStatus"));
        assertEquals(before, apiCalls(), "no call to Salesforce");
        String detail = storedDetail();
        assertTrue(detail.contains("hard share of 95 %"), detail);
    }

    @Test
    void lookup_shedsWithoutCallingSalesforce_afterRequestLimitExceeded_evenWhenTheOrgWouldAnswerAgain() {
        warmSession();
        stack.salesforce().faults().limitExceeded(true);
        assertEquals("UNAVAILABLE", call("+12125550122").get("lookupStatus"));
        stack.salesforce().faults().limitExceeded(false);
        int before = apiCalls();

        Map<String, String> shed = call("+12125550122");

        assertEquals("UNAVAILABLE", shed.get("lookupStatus"));
        assertEquals(before, apiCalls(), "no call to Salesforce during the cool-down");
        assertTrue(storedDetail().contains("REQUEST_LIMIT_EXCEEDED"), storedDetail());
    }

    @Test
    void lookup_answersUnavailableWithoutCallingSalesforce_whenTheBreakerIsOpen() {
        warmSession();
        stack.salesforce().faults().failEvery(1, 503, "SERVER_UNAVAILABLE", "maintenance");
        for (int i = 0; i < GuardSettings.DEFAULT_BREAKER_FAILURES; i++) {
            assertEquals("UNAVAILABLE", call("+12125550123").get("lookupStatus"));
        }
        stack.salesforce().faults().reset();
        int before = apiCalls();

        Map<String, String> answer = call("+12125550123");

        assertEquals("UNAVAILABLE", answer.get("lookupStatus"));
        assertEquals(before, apiCalls(), "the open breaker kept the lookup from Salesforce");
        assertTrue(storedDetail().contains("circuit breaker open"), storedDetail());
        assertEquals("OPEN", environment.salesforceGuard().breakerState());
    }

    @Test
    void lookup_findsAContact_andOnlyOneSalesforceCallIsMade() {
        String id = insert("Contact", Map.of("FirstName", "Ada", "LastName", "Lovelace", "Phone", "(212) 555-0101"));
        warmSession();
        int before = apiCalls();
        Map<String, String> answer = call("+12125550101");
        assertEquals("MATCH", answer.get("lookupStatus"));
        assertEquals(id, answer.get("recordId"));
        assertEquals("Contact", answer.get("recordType"));
        assertEquals("Ada Lovelace", answer.get("recordName"));
        assertEquals("+12125550101", answer.get("callerNumber"));
        assertEquals(1, apiCalls() - before);
    }

    @Test
    void lookup_findsALeadOnly_andAnAccountOnly() {
        String lead = insert(
                "Lead",
                Map.of(
                        "FirstName",
                        "Grace",
                        "LastName",
                        "Hopper",
                        "Company",
                        "Navy",
                        "Phone",
                        "212.555.0102",
                        "IsConverted",
                        false));
        String account = insert("Account", Map.of("Name", "Initech", "Phone", "+1 212 555 0103"));
        assertEquals(lead, call("+12125550102").get("recordId"));
        Map<String, String> accountAnswer = call("+12125550103");
        assertEquals(account, accountAnswer.get("recordId"));
        assertEquals("Account", accountAnswer.get("recordType"));
        assertEquals(account, accountAnswer.get("accountId"));
    }

    @Test
    void lookup_prefersTheContact_whenTheSamePersonIsAlsoALead() {
        String contact = insert("Contact", Map.of("FirstName", "Alan", "LastName", "Turing", "Phone", "2125550104"));
        insert(
                "Lead",
                Map.of(
                        "FirstName",
                        "Alan",
                        "LastName",
                        "Turing",
                        "Company",
                        "Bletchley",
                        "MobilePhone",
                        "(212) 555-0104",
                        "IsConverted",
                        false));
        Map<String, String> answer = call("+12125550104");
        assertEquals("MATCH", answer.get("lookupStatus"));
        assertEquals(contact, answer.get("recordId"));
        assertEquals("2", answer.get("matchCount"));
    }

    @Test
    void lookup_ignoresConvertedLeads_perTheProfileFilter() {
        insert(
                "Lead",
                Map.of(
                        "FirstName",
                        "Old",
                        "LastName",
                        "Lead",
                        "Company",
                        "X",
                        "Phone",
                        "2125550105",
                        "IsConverted",
                        true));
        assertEquals("NONE", call("+12125550105").get("lookupStatus"));
    }

    @Test
    void lookup_isMultiple_whenTwoContactsShareANumber_mostRecentFirst() {
        String older = insert(
                "Contact",
                Map.of(
                        "LastName",
                        "Older",
                        "Phone",
                        "(212) 555-0106",
                        "LastModifiedDate",
                        "2025-01-01T09:00:00.000+0000"));
        String newer = insert(
                "Contact",
                Map.of(
                        "LastName",
                        "Newer",
                        "Phone",
                        "+1 212-555-0106",
                        "LastModifiedDate",
                        "2026-11-01T09:00:00.000+0000"));
        Map<String, String> answer = call("+12125550106");
        assertEquals("MULTIPLE", answer.get("lookupStatus"));
        assertEquals(newer, answer.get("recordId"));
        assertEquals("+12125550106", answer.get("acsf-screenpop-search"));
        LookupResult stored = state(answer);
        assertEquals(
                List.of(newer, older),
                stored.matches().stream().map(m -> m.id()).toList());
    }

    @Test
    void lookup_findsNumbersHowTheyWereTyped_fromE164() {
        String a = insert("Contact", Map.of("LastName", "Parens", "Phone", "(646) 555-0177"));
        String b = insert("Contact", Map.of("LastName", "Dots", "MobilePhone", "646.555.0177"));
        String c = insert("Contact", Map.of("LastName", "Spaces", "HomePhone", "+1 646 555 0177"));
        LookupResult stored = state(call("+16465550177"));
        assertEquals(
                Set.of(a, b, c),
                Set.copyOf(stored.matches().stream().map(m -> m.id()).toList()));
        assertEquals(a, stored.matches().getFirst().id()); // Phone outranks MobilePhone and HomePhone
    }

    @Test
    void lookup_handlesUkGermanAndIndianNumbers() {
        String uk = insert("Contact", Map.of("LastName", "London", "Phone", "020 7946 0111"));
        String de = insert("Contact", Map.of("LastName", "Berlin", "Phone", "030 12345611"));
        String in = insert("Contact", Map.of("LastName", "Mumbai", "MobilePhone", "+91 98765 43211"));
        assertEquals(
                uk,
                callWith(Map.of("phoneNumber", "+44 20 7946 0111", "profile", "uk-support"))
                        .get("recordId"));
        assertEquals(
                uk,
                callWith(Map.of("phoneNumber", "020 7946 0111", "profile", "uk-support"))
                        .get("recordId"));
        assertEquals(
                de,
                callWith(Map.of("phoneNumber", "030 12345611", "profile", "de-support"))
                        .get("recordId"));
        assertEquals(in, call("+919876543211").get("recordId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "Restricted", "", "+266696687", "+7378742833", "+2562533", "+86282452253"})
    void lookup_isWithheld_withoutAnySalesforceCall(String callerId) {
        int before = allCalls();
        Map<String, String> answer = call(callerId);
        assertEquals("WITHHELD", answer.get("lookupStatus"));
        assertEquals("", answer.get("callerNumber"));
        assertFalse(answer.get("popToken").isEmpty(), "the pop still needs its token for the New Contact form");
        assertEquals(before, allCalls());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12",
                "not a number",
                "+1415",
                "+18005550100",
                "' OR Name != '",
                "{4155550123} RETURNING User",
                "4155550123\\",
                "415*",
                "41555501?3",
                "OR",
                "☎ 415 555 0123 ☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎☎"
            })
    void lookup_isInvalid_forJunkInjectionAndOwnNumber_withoutAnySalesforceCall(String callerId) {
        int before = allCalls();
        Map<String, String> answer = callWith(Map.of("phoneNumber", callerId));
        assertEquals("INVALID", answer.get("lookupStatus"), callerId);
        assertEquals(before, allCalls());
    }

    @Test
    void lookup_answersUnavailableWithinTheDeadline_whenSalesforceIsSlow() {
        warmSession();
        stack.salesforce().faults().latency(Duration.ofSeconds(5));
        long started = System.nanoTime();
        Map<String, String> answer = callWith(Map.of("phoneNumber", "+12125550199", "profile", "impatient"));
        long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertEquals("UNAVAILABLE", answer.get("lookupStatus"));
        assertEquals("+12125550199", answer.get("callerNumber"));
        assertFalse(answer.get("popToken").isEmpty());
        // The contract (800 ms profile deadline), with room for a loaded CI machine; not a speed benchmark.
        assertTrue(elapsedMs < 800 + 700, "answered after " + elapsedMs + " ms");
    }

    @Test
    void lookup_answersUnavailable_whenSalesforceFails() {
        warmSession();
        stack.salesforce().faults().failNext(1, 503, "SERVER_UNAVAILABLE", "maintenance");
        assertEquals("UNAVAILABLE", call("+12125550198").get("lookupStatus"));
        stack.salesforce().faults().limitExceeded(true);
        assertEquals("UNAVAILABLE", call("+12125550198").get("lookupStatus"));
        stack.salesforce().faults().limitExceeded(false);
        stack.salesforce().faults().dropConnections(10);
        assertEquals("UNAVAILABLE", call("+12125550198").get("lookupStatus"));
    }

    @Test
    void lookup_survivesOneDroppedConnection_asAfterALambdaFreeze() {
        // OkHttp retries a request once on a connection that died (a pooled one, typically, after the execution
        // environment was frozen); the caller still gets an answer.
        String id = insert("Contact", Map.of("LastName", "Reset", "Phone", "2125550110"));
        warmSession();
        stack.salesforce().faults().dropConnections(1);
        assertEquals(id, call("+12125550110").get("recordId"));
    }

    @Test
    void lookup_refreshesTheSessionOnce_whenItExpiresMidFlight() {
        String id = insert("Contact", Map.of("LastName", "Session", "Phone", "2125550107"));
        warmSession();
        stack.salesforce().faults().expireAllSessions();
        int tokensBefore = tokenCalls();
        int apiBefore = apiCalls();
        Map<String, String> answer = call("+12125550107");
        assertEquals(id, answer.get("recordId"));
        assertEquals(1, tokenCalls() - tokensBefore);
        assertEquals(2, apiCalls() - apiBefore, "the refused call and its one retry");
    }

    @Test
    void lookup_storesTheResult_andMintsATokenForThatContactOnly() {
        String id = insert("Contact", Map.of("LastName", "Stored", "Phone", "2125550108"));
        Map<String, String> answer = call("+12125550108");
        LookupResult stored = state(answer);
        assertEquals(LookupStatus.MATCH, stored.status());
        assertEquals(id, stored.matches().getFirst().id());
        PopTokenService tokens = environment.popTokens();
        assertEquals(PopTokenVerdict.VALID, tokens.verify(answer.get("popToken"), stored.contactId()));
        assertEquals(PopTokenVerdict.OTHER_CONTACT, tokens.verify(answer.get("popToken"), "another-contact"));
    }

    @Test
    void lookup_readsTheSampleEvents_throughLambdasStreamEntry() throws IOException {
        assertEquals("WITHHELD", invoke(sample("contact-flow-anonymous.json")).get("lookupStatus"));
        assertEquals(
                "WITHHELD",
                invoke(sample("contact-flow-carrier-placeholder.json")).get("lookupStatus"));
        assertEquals(
                "WITHHELD",
                invoke(sample("contact-flow-no-customer-endpoint.json")).get("lookupStatus"));
        assertEquals(
                "+442079460958",
                invoke(sample("contact-flow-with-parameters.json")).get("callerNumber"));
        Map<String, String> inbound = invoke(sample("contact-flow-inbound.json"));
        assertEquals("+14155550123", inbound.get("callerNumber"));
        // The same answer as the typed path read by the runtime's serializer (a RequestHandler's), key for key.
        ConnectEvent typed =
                EventLoader.loadEvent("../../events/connect/contact-flow-inbound.json", ConnectEvent.class);
        assertEquals(handler.handleEvent(typed, null).keySet(), inbound.keySet());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[1, 2]",
                "{\"Details\": \"+12125550199\"}",
                "{\"Details\": {\"ContactData\": 7}}",
                "{\"Details\": {\"ContactData\": {\"ContactId\": \"x\", \"CustomerEndpoint\": {\"Address\": "
            })
    void lookup_answersInvalid_forUnreadableEventBytes_andLogsNoNumber(String junk) throws IOException {
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        CallerLookupHandler logged = new CallerLookupHandler(
                environment.callerLookup(),
                new JsonLog("it", new PrintStream(logs, true, StandardCharsets.UTF_8), Clock.systemUTC()));

        Map<String, String> answer = invoke(logged, junk.getBytes(StandardCharsets.UTF_8));

        assertEquals("INVALID", answer.get("lookupStatus"));
        assertEquals(
                Set.of(
                        FlowResponse.LOOKUP_STATUS,
                        FlowResponse.MATCH_COUNT,
                        FlowResponse.RECORD_ID,
                        FlowResponse.RECORD_TYPE,
                        FlowResponse.RECORD_NAME,
                        FlowResponse.ACCOUNT_ID,
                        FlowResponse.CALLER_NUMBER,
                        FlowResponse.POP_TOKEN),
                answer.keySet());
        assertFalse(
                logs.toString(StandardCharsets.UTF_8).contains("2125550199"), logs.toString(StandardCharsets.UTF_8));
    }

    @Test
    void snapStartPriming_readsTheSyntheticEventInTheJar_andWritesAnAnswer() {
        // The hook runs once per published version, before the snapshot: a broken resource would fail the deploy.
        assertDoesNotThrow(CallerLookupHandler::primeCodec);
    }

    @Test
    void lookup_answersInvalid_forMalformedEvents() {
        assertEquals("INVALID", handler.handleEvent(null, null).get("lookupStatus"));
        assertEquals("INVALID", handler.handleEvent(new ConnectEvent(), null).get("lookupStatus"));
        ConnectEvent noContactId = event("+12125550101", Map.of());
        noContactId.getDetails().getContactData().setContactId(null);
        assertEquals("INVALID", handler.handleEvent(noContactId, null).get("lookupStatus"));
    }

    @Test
    void lookup_logsNumbersMasked() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Clock clock = Clock.systemUTC();
        CompositionRoot logging = new CompositionRoot(OutsideWorld.fromEnvironment(stack.functionEnvironment(), clock)
                .withLogs(new LogSink(
                        new PrintStream(buffer, true, StandardCharsets.UTF_8), JsonLog.Level.DEBUG, clock)));
        new CallerLookupHandler(logging).handleEvent(event("+12125550109", Map.of()), null);
        String logs = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("+1212*****09"), logs);
        assertFalse(logs.contains("2125550109"), logs);
    }

    // --- helpers ---

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("../../events/connect", name));
    }

    private static Map<String, String> invoke(byte[] event) throws IOException {
        return invoke(handler, event);
    }

    /** Lambda's way in: the event's bytes to the stream entry, the answer's bytes back as the flow reads them. */
    private static Map<String, String> invoke(CallerLookupHandler target, byte[] event) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        target.handleRequest(new ByteArrayInputStream(event), answer, null);
        return FLOW_JSON.readValue(answer.toByteArray(), new TypeReference<>() {});
    }

    private static Map<String, String> call(String callerId) {
        return handler.handleEvent(event(callerId, Map.of()), null);
    }

    private static Map<String, String> callWith(Map<String, Object> parameters) {
        return handler.handleEvent(event("+10000000000", parameters), null);
    }

    static ConnectEvent event(String callerId, Map<String, Object> parameters) {
        ConnectEvent event = ConnectFlowEvents.inbound(callerId, parameters);
        lastContactId = event.getDetails().getContactData().getContactId();
        return event;
    }

    private static String insert(String type, Map<String, Object> fields) {
        return stack.salesforce().records().insert(type, new HashMap<>(fields));
    }

    /** The contact state stored by the last call (the flow's answer does not carry the ContactId). */
    private static LookupResult state(Map<String, String> answer) {
        LookupResult stored = new DynamoDbContactStateStore(
                        stack.dynamoDb(), stack.tables().contactState(), Clock.systemUTC())
                .find(lastContactId)
                .orElseThrow();
        assertEquals(answer.get("lookupStatus"), stored.status().name());
        return stored;
    }

    /** Makes sure a session exists so that counts below are of the lookup's own calls. */
    /** Why the last lookup answered what it did, as stored for the screen pop. */
    private static String storedDetail() {
        return environment.contactStates().find(lastContactId).orElseThrow().detail();
    }

    private static void warmSession() {
        call("+12125550100");
    }

    private static int apiCalls() {
        return stack.salesforce().requests().count(API_CALL);
    }

    private static int tokenCalls() {
        return stack.salesforce().requests().count(TOKEN_CALL);
    }

    private static int allCalls() {
        return stack.salesforce().requests().count();
    }
}
