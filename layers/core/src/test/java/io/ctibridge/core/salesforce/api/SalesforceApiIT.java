package io.ctibridge.core.salesforce.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.salesforce.ApiVersion;
import io.ctibridge.core.salesforce.InvalidFieldException;
import io.ctibridge.core.salesforce.MalformedQueryException;
import io.ctibridge.core.salesforce.RequestLimitExceededException;
import io.ctibridge.core.salesforce.RsaKeys;
import io.ctibridge.core.salesforce.SalesforceAuthException;
import io.ctibridge.core.salesforce.SalesforceConnectionException;
import io.ctibridge.core.salesforce.SalesforceTimeoutException;
import io.ctibridge.core.salesforce.ServiceUnavailableException;
import io.ctibridge.core.salesforce.Sosl;
import io.ctibridge.core.salesforce.auth.SalesforceCredentials;
import io.ctibridge.core.salesforce.auth.SecretJson;
import io.ctibridge.core.salesforce.http.HttpSettings;
import io.ctibridge.core.time.Deadline;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.RecordedRequest;
import io.ctibridge.emulator.SalesforceEmulator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the Salesforce emulator on loopback: real HTTP, real OAuth JWT bearer grant. */
class SalesforceApiIT {

    private static final RsaKeys KEYS = RsaKeys.generate();
    private static final Predicate<RecordedRequest> TOKEN_REQUEST =
            r -> r.path().equals("/services/oauth2/token");

    private SalesforceEmulator emulator;
    private SalesforceApi api;

    @BeforeEach
    void startEmulator() {
        emulator = SalesforceEmulator.start(EmulatorConfig.defaults().withJwtPublicKey(KEYS.publicKey()));
        api = SalesforceClients.connect(jwtCredentials(KEYS), HttpSettings.defaults(), Clock.systemUTC());
    }

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void jwtBearerLogin_isAccepted_andOneTokenServesManyCalls() {
        for (int i = 0; i < 10; i++) {
            api.query("SELECT Id FROM Contact LIMIT 1");
        }

        assertEquals(1, emulator.requests().count(TOKEN_REQUEST));
        assertEquals(11, emulator.requests().count());
    }

    @Test
    void jwtBearerLogin_isRefused_whenSignedWithAKeyTheAppDoesNotHold() {
        SalesforceApi impostor = SalesforceClients.connect(
                jwtCredentials(RsaKeys.generate()), HttpSettings.defaults(), Clock.systemUTC());

        SalesforceAuthException e =
                assertThrows(SalesforceAuthException.class, () -> impostor.query("SELECT Id FROM Contact"));

        assertEquals("invalid_grant", e.error());
    }

    @Test
    void clientCredentialsLogin_isAccepted() {
        var credentials = new SalesforceCredentials.ClientCredentials(
                emulator.baseUrl(), "ctibridge-local", "local-secret", ApiVersion.DEFAULT);
        SalesforceApi client = SalesforceClients.connect(credentials, HttpSettings.defaults(), Clock.systemUTC());

        assertTrue(client.query("SELECT Id FROM Contact LIMIT 1").size() <= 1);
    }

    @Test
    void query_followsNextRecordsUrl_acrossPages() {
        Set<String> ids = IntStream.range(0, 450)
                .mapToObj(i -> emulator.records()
                        .insert("Contact", Map.of("LastName", "Pager" + i, "Email", "pager" + i + "@paging.example")))
                .collect(Collectors.toSet());

        List<SObject> records = api.withQueryBatchSize(200)
                .query("SELECT Id, LastName FROM Contact WHERE Email LIKE '%@paging.example'");

        assertEquals(ids, records.stream().map(r -> r.id().orElseThrow()).collect(Collectors.toSet()));
        assertEquals(3, emulator.requests().count(r -> r.path().contains("/query")));
    }

    @Test
    void search_findsAContactByPhone_withReservedCharactersEscapedInTheTerm() {
        String id = emulator.records().insert("Contact", Map.of("LastName", "Formatted", "Phone", "617.555.0143"));

        List<SObject> found = api.search(
                "FIND {" + Sosl.escapeTerm("(617) 555-0143") + "} IN PHONE FIELDS RETURNING Contact(Id, Phone)");

        assertTrue(found.stream().anyMatch(r -> r.id().orElseThrow().equals(id)), "found " + found);
    }

    @Test
    void parameterizedSearch_searchesEveryTargetInOneRequest_withFilters() {
        String contact =
                emulator.records().insert("Contact", Map.of("LastName", "Both", "MobilePhone", "617.555.0142"));
        String lead = emulator.records()
                .insert(
                        "Lead",
                        Map.of(
                                "LastName",
                                "Both",
                                "Company",
                                "Acme",
                                "Phone",
                                "+1 617 555 0142",
                                "IsConverted",
                                false));
        emulator.records()
                .insert(
                        "Lead",
                        Map.of("LastName", "Converted", "Company", "Acme", "Phone", "6175550142", "IsConverted", true));
        emulator.requests().clear();

        // Phones match on equal digit strings, so the national and the E.164 digits are both searched.
        List<SObject> found = api.parameterizedSearch(ParameterizedSearch.of(
                "6175550142 OR 16175550142",
                ParameterizedSearch.SearchGroup.PHONE,
                List.of(
                        ParameterizedSearch.Target.of("Contact", List.of("Id", "Name", "Phone", "MobilePhone")),
                        ParameterizedSearch.Target.of("Lead", List.of("Id", "Name", "Phone"))
                                .withWhere("IsConverted = false"))));

        assertEquals(
                Set.of(contact, lead),
                found.stream().map(r -> r.id().orElseThrow()).collect(Collectors.toSet()));
        assertEquals(1, emulator.requests().count(TOKEN_REQUEST.negate()), "one API request for all objects");
    }

    @Test
    void createCollection_reportsAFailingRecord_andCreatesTheOthers() {
        emulator.faults()
                .failRecordsMatching(
                        r -> "reject me".equals(r.get("Subject")),
                        "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                        "Rejected by a rule");
        List<SObject> tasks = List.of(task("first"), task("reject me"), task("third"));

        List<SaveResult> results = api.createCollection(tasks);

        assertEquals(3, results.size());
        assertTrue(results.get(0).success());
        assertFalse(results.get(1).success());
        assertEquals(
                "FIELD_CUSTOM_VALIDATION_EXCEPTION",
                results.get(1).errors().getFirst().statusCode());
        assertFalse(results.get(1).retryable());
        assertTrue(results.get(2).success());
        assertEquals(
                "third",
                emulator.records().get(results.get(2).id()).orElseThrow().get("Subject"));
    }

    @Test
    void updateCollection_changesTheRecords() {
        String id = api.create("Task", task("before").fields());

        List<SaveResult> results =
                api.updateCollection(List.of(SObject.of("Task", Map.of("Id", id, "Subject", "after"))));

        assertTrue(results.getFirst().success());
        assertEquals("after", emulator.records().get(id).orElseThrow().get("Subject"));
    }

    @Test
    void composite_answersEachSubrequest() {
        emulator.records().insert("Contact", Map.of("LastName", "Composite", "Phone", "020 7946 0958"));

        CompositeResponse response = api.composite(CompositeRequest.of(List.of(
                CompositeSubrequest.query("contacts", "SELECT Id, LastName FROM Contact WHERE LastName = 'Composite'"),
                CompositeSubrequest.query("broken", "SELECT Nonsense__c FROM Contact"))));

        assertEquals(
                List.of("Composite"),
                response.byReferenceId("contacts").orElseThrow().records().stream()
                        .map(r -> r.string("LastName").orElseThrow())
                        .toList());
        assertTrue(
                response.byReferenceId("broken").orElseThrow().error().orElseThrow() instanceof InvalidFieldException);
    }

    @Test
    void expiredSession_midFlight_isRefreshedOnce_andTheCallSucceeds() {
        api.query("SELECT Id FROM Contact LIMIT 1");
        emulator.faults().expireAllSessions();

        api.query("SELECT Id FROM Contact LIMIT 1");

        assertEquals(2, emulator.requests().count(TOKEN_REQUEST));
    }

    @Test
    void limitExceeded_isATypedException() {
        emulator.faults().limitExceeded(true);

        RequestLimitExceededException e =
                assertThrows(RequestLimitExceededException.class, () -> api.query("SELECT Id FROM Contact"));

        assertEquals(403, e.httpStatus());
    }

    @Test
    void serverErrors_areServiceUnavailable_andRetryable() {
        emulator.faults().failNext(1, 503, "SERVER_UNAVAILABLE", "Server temporarily unavailable");

        ServiceUnavailableException e =
                assertThrows(ServiceUnavailableException.class, () -> api.query("SELECT Id FROM Contact"));

        assertTrue(e.retryable());
    }

    @Test
    void queriesTheOrgRejects_becomeTypedExceptions() {
        assertThrows(MalformedQueryException.class, () -> api.query("SELECT FROM WHERE"));
        assertThrows(InvalidFieldException.class, () -> api.query("SELECT Id, NoSuchField__c FROM Contact"));
        assertThrows(InvalidFieldException.class, () -> api.query("SELECT Id FROM NoSuchObject__c"));
    }

    @Test
    void latencyBeyondTheDeadline_endsInATimeout_withinTheDeadline() {
        api.query("SELECT Id FROM Contact LIMIT 1");
        emulator.faults().latency(Duration.ofSeconds(2));

        long start = System.nanoTime();
        assertThrows(
                SalesforceTimeoutException.class,
                () -> api.withDeadline(Deadline.after(Duration.ofMillis(400)))
                        .search("FIND {4155550123} IN PHONE FIELDS RETURNING Contact(Id)"));
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsed < 800, "gave up at the 400 ms deadline, took " + elapsed + " ms");
    }

    @Test
    void aDroppedConnection_onACreate_isAConnectionException() {
        api.query("SELECT Id FROM Contact LIMIT 1");
        emulator.faults().dropConnections(1);

        assertThrows(
                SalesforceConnectionException.class,
                () -> api.create("Task", task("dropped").fields()));
        assertTrue(emulator.records().all("Task").stream().noneMatch(t -> "dropped".equals(t.get("Subject"))));
    }

    @Test
    void credentialsFromASecret_connectToTheEmulator() {
        String secret = """
        {"authFlow":"JWT_BEARER","loginUrl":"%s","consumerKey":"ctibridge-local","username":"integration@ctibridge.local",
         "privateKeyPem":"%s","apiVersion":"v66.0"}""".formatted(emulator.baseUrl(), KEYS.privateKeyPem().replace("\n", "\\n"));
        SalesforceApi fromSecret =
                SalesforceClients.connect(SecretJson.parse(secret), HttpSettings.defaults(), Clock.systemUTC());

        fromSecret.query("SELECT Id FROM Contact LIMIT 1");

        assertTrue(emulator.requests().all().getLast().path().startsWith("/services/data/v66.0/"));
    }

    private SalesforceCredentials jwtCredentials(RsaKeys keys) {
        String secret = """
        {"authFlow":"JWT_BEARER","loginUrl":"%s","consumerKey":"ctibridge-local","username":"integration@ctibridge.local","privateKeyPem":"%s"}""".formatted(emulator.baseUrl(), keys.privateKeyPem().replace("\n", "\\n"));
        return SecretJson.parse(secret);
    }

    private static SObject task(String subject) {
        return SObject.of(
                "Task", Map.of("Subject", subject, "Status", "Completed", "Priority", "Normal", "TaskSubtype", "Call"));
    }
}
