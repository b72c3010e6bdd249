package io.ctibridge.function.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.config.Profile;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.lookup.FlowResponse;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.operation.OperationSettings;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.OutsideWorld;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.local.ConnectFlowEvents;
import io.ctibridge.local.LocalStack;
import io.ctibridge.testkit.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The contact flow's named operations through the caller-lookup handler, wired as in Lambda, against moto and the
 * Salesforce emulator, with the README's worked example profile and the sample events of events/connect.
 */
class FlowOperationsIT {

    private static final Predicate<RecordedRequest> API_CALL = r -> r.path().startsWith("/services/data/");
    private static final Predicate<RecordedRequest> QUERY = r -> r.path().endsWith("/query");
    private static final Predicate<RecordedRequest> CASE_WRITE =
            r -> r.path().endsWith("/composite") && r.body().contains("sobjects/Case");
    private static final ObjectMapper FLOW_JSON = new ObjectMapper();
    private static final String JOHN = "+14155550199";
    private static final String MARKER = "CtiOperationKey__c";

    private static LocalStack stack;
    private static Profile support;
    private CompositionRoot environment;
    private CallerLookupHandler handler;

    @BeforeAll
    static void startStack() throws IOException {
        stack = LocalStack.startIsolated("operations-it", EmulatorConfig.defaults());
        ProfileParser parser = new ProfileParser();
        support = parser.parse(Files.readString(Path.of("../../profiles/support-operations.json")));
        stack.profiles().put(support, "test");
        // The same operations under a 1 s deadline: the in-doubt tests make Salesforce answer after it.
        stack.profiles()
                .put(
                        parser.parse(parser.toJson(support)
                                .replace("\"profile\" : \"support\"", "\"profile\" : \"support-impatient\"")
                                .replace("\"lookupDeadlineMs\" : 3000", "\"lookupDeadlineMs\" : 1000")),
                        "test");
    }

    @BeforeEach
    void freshEnvironment() {
        environment = new CompositionRoot(stack.functionEnvironment(), Clock.systemUTC());
        handler = new CallerLookupHandler(environment);
    }

    @AfterEach
    void resetFaults() {
        stack.salesforce().faults().reset();
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    // --- find ---

    @Test
    void findCase_answersFound_withTheCasesFields_inOneQuery_fromTheSampleEvent() throws IOException {
        warmSession();
        int before = apiCalls();

        Map<String, String> answer = invoke(sample("contact-flow-operation-find-case.json"));

        assertEquals("FOUND", answer.get("operationStatus"));
        assertEquals("findCase", answer.get("operation"));
        assertEquals(caseId("00001001"), answer.get("recordId"));
        assertEquals("Case", answer.get("recordType"));
        assertEquals("1", answer.get("matchCount"));
        assertEquals("00001001", answer.get("record.CaseNumber"));
        assertEquals("Robot arm calibration drifts", answer.get("record.Subject"));
        assertEquals("Acme Robotics", answer.get("record.Account.Name"));
        assertEquals("", answer.get("invalidInput"));
        assertEquals(1, apiCalls() - before, "one Salesforce request");
        String soql = lastQuery();
        assertTrue(soql.contains("CaseNumber = '00001001'"), soql);
        assertTrue(soql.startsWith("SELECT Id, CaseNumber, Subject, Status, Account.Name FROM Case WHERE"), soql);
    }

    @Test
    void findCase_answersNone_forANumberNoOpenCaseHas() {
        Map<String, String> answer = run("findCase", Map.of("caseNumber", "00001002"), JOHN); // closed

        assertEquals("NONE", answer.get("operationStatus"));
        assertEquals("", answer.get("recordId"));
        assertEquals("0", answer.get("matchCount"));
        assertEquals("", answer.get("record.CaseNumber"), "every returned field's key is present, empty");
    }

    @Test
    void findCase_answersInvalidInput_withoutCallingSalesforce_whenTheCallerKeyedInMoreThanDigits() throws IOException {
        warmSession();
        int before = apiCalls();

        Map<String, String> answer = invoke(sample("contact-flow-operation-invalid-input.json"));

        assertEquals("INVALID_INPUT", answer.get("operationStatus"));
        assertEquals("caseNumber", answer.get("invalidInput"));
        assertEquals(0, apiCalls() - before, "nothing sent to Salesforce");
    }

    @Test
    void findCase_answersInvalidInput_whenTheRequiredInputIsMissing() {
        Map<String, String> answer = run("findCase", Map.of(), JOHN);

        assertEquals("INVALID_INPUT", answer.get("operationStatus"));
        assertEquals("caseNumber", answer.get("invalidInput"));
    }

    @Test
    void anOperationTheProfileDoesNotHave_isInvalidInput_namingTheOperationParameter() {
        Map<String, String> answer = run("deleteEverything", Map.of(), JOHN);

        assertEquals("INVALID_INPUT", answer.get("operationStatus"));
        assertEquals("operation", answer.get("invalidInput"));
    }

    @Test
    void findAccount_byTheAccountNumberKeyedIn() throws IOException {
        Map<String, String> answer = invoke(sample("contact-flow-operation-find-account.json"));

        assertEquals("FOUND", answer.get("operationStatus"));
        assertEquals("Acme Robotics", answer.get("record.Name"));
        assertEquals("Customer - Direct", answer.get("record.Type"));
    }

    @Test
    void find_answersUnavailableInTime_whenSalesforceIsSlowerThanTheProfilesDeadline() {
        warmSession();
        stack.salesforce().faults().latency(Duration.ofSeconds(3));

        Map<String, String> answer = run("findCase", Map.of("caseNumber", "00001001"), JOHN, "support-impatient");

        assertEquals("UNAVAILABLE", answer.get("operationStatus"));
        assertTrue(answer.containsKey("record.CaseNumber"));
    }

    // --- create ---

    @Test
    void createCase_relatesTheCaseToTheCallersContactAndAccount_andReadsBackItsNumber_inOneRequest() {
        ConnectEvent event = lookedUp(JOHN);
        int before = apiCalls();

        Map<String, String> answer = runOn(event, "createCase", Map.of("reason", "Robot arm stopped"));

        assertEquals("CREATED", answer.get("operationStatus"), answer.toString());
        assertEquals(1, apiCalls() - before, "create and read-back in one Composite request");
        Map<String, Object> created =
                stack.salesforce().records().get(answer.get("recordId")).orElseThrow();
        assertEquals(contactIdOf(JOHN), created.get("ContactId"));
        assertEquals(accountId("Acme Robotics"), created.get("AccountId"));
        assertEquals("Phone", created.get("Origin"));
        assertEquals("IVR call from " + JOHN + ": Robot arm stopped", created.get("Subject"));
        assertEquals(contactId(event) + ".createCase", created.get(MARKER));
        assertEquals(created.get("CaseNumber"), answer.get("record.CaseNumber"));
        assertEquals("New", answer.get("record.Status"));
    }

    @Test
    void createCase_fromTheSampleEvent_withoutALookup_leavesTheLookupFieldsOut() throws IOException {
        Map<String, String> answer = invoke(sample("contact-flow-operation-create-case.json"));

        assertEquals("CREATED", answer.get("operationStatus"), answer.toString());
        Map<String, Object> created =
                stack.salesforce().records().get(answer.get("recordId")).orElseThrow();
        assertEquals(null, created.get("ContactId"));
        assertEquals("+14155550123", created.get("SuppliedPhone"));
    }

    @Test
    void create_returnsTheFirstRecord_withoutCallingSalesforce_whenConnectRetriesForTheSameContact() {
        ConnectEvent event = lookedUp(JOHN);
        Map<String, String> first = runOn(event, "createCase", Map.of("reason", "retry"));
        int before = apiCalls();

        Map<String, String> retried = runOn(event, "createCase", Map.of("reason", "retry"));

        assertEquals("CREATED", retried.get("operationStatus"));
        assertEquals(first.get("recordId"), retried.get("recordId"));
        assertEquals(first.get("record.CaseNumber"), retried.get("record.CaseNumber"));
        assertEquals(0, apiCalls() - before);
        assertEquals(1, casesWithMarker(contactId(event)));
    }

    @Test
    void create_salesforceCommitsAfterTheClientGaveUp_isNotCreatedAgain_byConnectsRetries() {
        ConnectEvent event = lookedUp(JOHN);
        event.getDetails().getParameters().put("profile", "support-impatient");
        // Salesforce answers after 3 s and commits the Case even so; the first attempt has 1 s.
        stack.salesforce().faults().latency(Duration.ofSeconds(3));
        Map<String, String> timedOut = runOn(event, "createCase", Map.of("reason", "slow org"));
        assertEquals("UNAVAILABLE", timedOut.get("operationStatus"));
        stack.salesforce().faults().reset();
        int writesBefore = stack.salesforce().requests().count(CASE_WRITE);

        // Connect retries at once, while the first create is still on its way: no second create.
        Map<String, String> early = runOn(event, "createCase", Map.of("reason", "slow org"));

        assertEquals("UNAVAILABLE", early.get("operationStatus"), "held back while the first create may land");
        assertEquals(0, stack.salesforce().requests().count(CASE_WRITE) - writesBefore);

        awaitCaseWithMarker(contactId(event));
        Map<String, String> late = runOn(event, "createCase", Map.of("reason", "slow org"));

        assertEquals("CREATED", late.get("operationStatus"), late.toString());
        assertEquals(caseIdWithMarker(contactId(event)), late.get("recordId"));
        assertFalse(late.get("record.CaseNumber").isEmpty(), "the marker query reads the returned fields too");
        assertEquals(0, stack.salesforce().requests().count(CASE_WRITE) - writesBefore);
        assertEquals(1, casesWithMarker(contactId(event)));
        int before = apiCalls();
        assertEquals(late.get("recordId"), runOn(event, "createCase", Map.of()).get("recordId"));
        assertEquals(0, apiCalls() - before, "then answered from the stored record");
    }

    @Test
    void create_createsOnTheRetry_onceAnUnansweredAttemptHasSettled_andNothingLanded() {
        MutableClock clock = new MutableClock(Instant.now());
        CallerLookupHandler withClock = new CallerLookupHandler(
                new CompositionRoot(stack.functionEnvironment(), clock).callerLookup(),
                new CompositionRoot(stack.functionEnvironment(), clock)
                        .flowOperations(OperationSettings.defaults().withInDoubtGrace(Duration.ofSeconds(10))),
                JsonLog.stdout(FlowOperationsIT.class));
        ConnectEvent event = lookedUp(JOHN);
        withClock.handleEvent(event, null); // session
        stack.salesforce().faults().dropConnections(1); // sent, never answered: in doubt
        assertEquals(
                "UNAVAILABLE", runOn(withClock, event, "createCase", Map.of()).get("operationStatus"));
        assertEquals(
                "UNAVAILABLE",
                runOn(withClock, event, "createCase", Map.of()).get("operationStatus"),
                "not settled yet");

        clock.advance(Duration.ofSeconds(20));
        Map<String, String> retried = runOn(withClock, event, "createCase", Map.of());

        assertEquals("CREATED", retried.get("operationStatus"), retried.toString());
        assertEquals(1, casesWithMarker(contactId(event)));
    }

    @Test
    void create_createsOnTheRetryAtOnce_whenSalesforceRefusedTheFirstAttempt() {
        ConnectEvent event = lookedUp(JOHN);
        stack.salesforce().faults().failNext(1, 400, "FIELD_CUSTOM_VALIDATION_EXCEPTION", "Subject is too vague");

        Map<String, String> refused = runOn(event, "createCase", Map.of());
        Map<String, String> retried = runOn(event, "createCase", Map.of());

        assertEquals("UNAVAILABLE", refused.get("operationStatus"));
        assertEquals("CREATED", retried.get("operationStatus"), retried.toString());
        assertEquals(1, casesWithMarker(contactId(event)));
    }

    @Test
    void create_answersTheLandedRecord_whenTheUniqueMarkerRefusesASecondOne() {
        ConnectEvent event = lookedUp(JOHN);
        // A Case an earlier attempt made that no claim knows of (e.g. the claim's item expired): the org's unique
        // idempotency field refuses the second create.
        String landed = stack.salesforce()
                .records()
                .insert("Case", new HashMap<>(Map.of("Subject", "landed", MARKER, contactId(event) + ".createCase")));
        stack.salesforce()
                .faults()
                .failNext(1, 400, "DUPLICATE_VALUE", "duplicate value found: CtiOperationKey__c duplicates value");

        Map<String, String> answer = runOn(event, "createCase", Map.of());

        assertEquals("CREATED", answer.get("operationStatus"), answer.toString());
        assertEquals(landed, answer.get("recordId"));
        assertEquals(1, casesWithMarker(contactId(event)));
    }

    @Test
    void create_stillAnswersCreated_whenItsRecordCannotBeStored_andTheRetryFindsTheCaseByItsMarker() {
        ExecutionInterceptor failDoneRecords = new ExecutionInterceptor() {
            @Override
            public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                if (context.request() instanceof PutItemRequest put
                        && put.item().containsKey("state")
                        && put.item().get("state").s().equals("DONE")) {
                    throw SdkClientException.create("DynamoDB is down (planted)");
                }
            }
        };
        CallerLookupHandler broken = new CallerLookupHandler(
                new CompositionRoot(OutsideWorld.fromEnvironment(stack.functionEnvironment(), Clock.systemUTC())
                        .withAwsInterceptor(failDoneRecords)));
        ConnectEvent event = lookedUp(JOHN);

        Map<String, String> first = runOn(broken, event, "createCase", Map.of());
        Map<String, String> retried = runOn(event, "createCase", Map.of());

        assertEquals("CREATED", first.get("operationStatus"), first.toString());
        assertEquals("CREATED", retried.get("operationStatus"), retried.toString());
        assertEquals(first.get("recordId"), retried.get("recordId"));
        assertEquals(1, casesWithMarker(contactId(event)));
    }

    // --- update ---

    @Test
    void stampIvrVisit_updatesTheCallersContact_inOneRequest() {
        ConnectEvent event = lookedUp(JOHN);
        int before = apiCalls();

        Map<String, String> answer = runOn(event, "stampIvrVisit", Map.of());

        assertEquals("UPDATED", answer.get("operationStatus"), answer.toString());
        assertEquals(contactIdOf(JOHN), answer.get("recordId"));
        assertEquals("Contact", answer.get("recordType"));
        assertEquals(1, apiCalls() - before);
        Object stamped = stack.salesforce()
                .records()
                .get(contactIdOf(JOHN))
                .orElseThrow()
                .get("Last_IVR_Visit__c");
        assertTrue(stamped != null && !stamped.toString().isEmpty(), String.valueOf(stamped));
    }

    @Test
    void stampIvrVisit_answersNone_withoutCallingSalesforce_whenTheSampleContactHasNoLookup() throws IOException {
        warmSession();
        int before = apiCalls();

        Map<String, String> answer = invoke(sample("contact-flow-operation-update-caller.json"));

        assertEquals("NONE", answer.get("operationStatus"));
        assertEquals(0, apiCalls() - before);
    }

    // --- the flow contract ---

    @Test
    void everyAnswer_hasTheSameKeys_whateverItsStatus() {
        Set<String> found =
                run("findCase", Map.of("caseNumber", "00001001"), JOHN).keySet();
        Set<String> invalid = run("findCase", Map.of("caseNumber", "x"), JOHN).keySet();

        assertEquals(found, invalid);
        assertEquals(
                Set.of(
                        "operationStatus",
                        "operation",
                        "recordId",
                        "recordType",
                        "matchCount",
                        "invalidInput",
                        "record.CaseNumber",
                        "record.Subject",
                        "record.Status",
                        "record.Account.Name"),
                found);
    }

    @Test
    void aLookupOfAProfileWithOperations_answersTheLookupsKeys_unchanged() {
        Map<String, String> withOperations =
                handler.handleEvent(ConnectFlowEvents.inbound(JOHN, Map.of("profile", "support")), null);
        Map<String, String> withoutOperations = handler.handleEvent(ConnectFlowEvents.inbound(JOHN, Map.of()), null);

        assertEquals(withoutOperations.keySet(), withOperations.keySet());
        assertEquals("MATCH", withOperations.get(FlowResponse.LOOKUP_STATUS));
        assertFalse(withOperations.containsKey("operationStatus"));
    }

    // --- helpers ---

    private ConnectEvent lookedUp(String caller) {
        ConnectEvent event = ConnectFlowEvents.inbound(caller, Map.of("profile", "support"));
        Map<String, String> lookup = handler.handleEvent(event, null);
        assertNotEquals("UNAVAILABLE", lookup.get(FlowResponse.LOOKUP_STATUS));
        return event;
    }

    private Map<String, String> runOn(ConnectEvent event, String operation, Map<String, String> inputs) {
        return runOn(handler, event, operation, inputs);
    }

    private static Map<String, String> runOn(
            CallerLookupHandler target, ConnectEvent event, String operation, Map<String, String> inputs) {
        Map<String, Object> parameters = new HashMap<>(event.getDetails().getParameters());
        parameters.keySet().removeIf(name -> !name.equals("profile"));
        parameters.put("operation", operation);
        parameters.putAll(inputs);
        event.getDetails().setParameters(parameters);
        return target.handleEvent(event, null);
    }

    private Map<String, String> run(String operation, Map<String, String> inputs, String caller) {
        return run(operation, inputs, caller, "support");
    }

    private Map<String, String> run(String operation, Map<String, String> inputs, String caller, String profile) {
        Map<String, Object> parameters = new HashMap<>(inputs);
        parameters.put("operation", operation);
        parameters.put("profile", profile);
        return handler.handleEvent(ConnectFlowEvents.inbound(caller, parameters), null);
    }

    private Map<String, String> invoke(byte[] event) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), answer, null);
        return FLOW_JSON.readValue(answer.toByteArray(), new TypeReference<>() {});
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("../../events/connect", name));
    }

    private void warmSession() {
        handler.handleEvent(ConnectFlowEvents.inbound("+12125550100", Map.of()), null);
    }

    private static String contactId(ConnectEvent event) {
        return event.getDetails().getContactData().getContactId();
    }

    private static int apiCalls() {
        return stack.salesforce().requests().count(API_CALL);
    }

    private static String lastQuery() {
        List<RecordedRequest> queries =
                stack.salesforce().requests().all().stream().filter(QUERY).toList();
        return queries.getLast().queryParam("q").orElseThrow();
    }

    private static String caseId(String caseNumber) {
        return idWhere("Case", record -> caseNumber.equals(record.get("CaseNumber")));
    }

    private static String accountId(String name) {
        return idWhere("Account", record -> name.equals(record.get("Name")));
    }

    private static String contactIdOf(String caller) {
        return idWhere("Contact", record -> "415.555.0199".equals(record.get("Phone")));
    }

    private static String idWhere(String object, Predicate<Map<String, Object>> condition) {
        return stack.salesforce().records().all(object).stream()
                .filter(condition)
                .map(record -> (String) record.get("Id"))
                .findFirst()
                .orElseThrow();
    }

    private static long casesWithMarker(String contactId) {
        return stack.salesforce().records().all("Case").stream()
                .filter(record -> (contactId + ".createCase").equals(record.get(MARKER)))
                .count();
    }

    private static String caseIdWithMarker(String contactId) {
        return idWhere("Case", record -> (contactId + ".createCase").equals(record.get(MARKER)));
    }

    /** Waits until the emulator has committed the first attempt's Case (it sleeps before it writes). */
    private static void awaitCaseWithMarker(String contactId) {
        for (int i = 0; i < 100 && casesWithMarker(contactId) == 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(1, casesWithMarker(contactId), "the first attempt's create landed");
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
