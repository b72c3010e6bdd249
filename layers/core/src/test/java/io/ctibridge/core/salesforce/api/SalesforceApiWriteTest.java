package io.ctibridge.core.salesforce.api;

import static io.ctibridge.core.salesforce.api.FakeOrg.takeApiRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.MalformedQueryException;
import io.ctibridge.core.salesforce.SalesforceApiException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceApiWriteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeOrg org = new FakeOrg();
    private SalesforceApi api;

    @BeforeEach
    void setUp() {
        server.setDispatcher(org);
        api = FakeOrg.connect(server);
    }

    @Test
    void create_postsTheFields_andReturnsTheNewId() throws Exception {
        org.answer(201, "{\"id\":\"00T000000000001AAA\",\"success\":true,\"errors\":[]}");

        String id = api.create("Task", Map.of("Subject", "Call", "ActivityDate", LocalDate.of(2026, 3, 2)));

        RecordedRequest request = takeApiRequest(server);
        assertEquals("POST", request.getMethod());
        assertEquals("/services/data/v68.0/sobjects/Task/", request.getUrl().encodedPath());
        assertEquals(
                JSON.readTree("{\"Subject\":\"Call\",\"ActivityDate\":\"2026-03-02\"}"),
                JSON.readTree(request.getBody().utf8()));
        assertEquals("00T000000000001AAA", id);
    }

    @Test
    void delete_sendsDeleteToTheRecordsUrl_andTakesTheEmpty204() throws Exception {
        org.answer(204, "");

        api.delete("Task", "00T000000000001AAA");

        RecordedRequest request = takeApiRequest(server);
        assertEquals("DELETE", request.getMethod());
        assertEquals(
                "/services/data/v68.0/sobjects/Task/00T000000000001AAA",
                request.getUrl().encodedPath());
        assertEquals(0, request.getBody() == null ? 0 : request.getBody().size());
    }

    @Test
    void delete_ofARecordThatIsGone_throwsSalesforcesError() {
        org.answer(404, "[{\"errorCode\":\"ENTITY_IS_DELETED\",\"message\":\"entity is deleted\",\"fields\":[]}]");

        SalesforceApiException error =
                assertThrows(SalesforceApiException.class, () -> api.delete("Contact", "003000000000001AAA"));

        assertEquals(404, error.httpStatus());
    }

    @Test
    void delete_refusesAnIdThatIsNotOne_beforeSendingAnything() {
        assertThrows(IllegalArgumentException.class, () -> api.delete("Task", "00T0000/../../x"));
        assertThrows(IllegalArgumentException.class, () -> api.delete("Task", null));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void create_refusesAnInvalidObjectName_beforeSendingAnything() {
        assertThrows(IllegalArgumentException.class, () -> api.create("Task/../User", Map.of()));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void createCollection_postsAllOrNoneFalseWithTypedRecords_andReturnsPerRecordResults() throws Exception {
        org.answer(200, """
        [{"id":"00T000000000001AAA","success":true,"errors":[]},
         {"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW","message":"unable to obtain exclusive access","fields":[]}]},
         {"success":false,"errors":[{"statusCode":"FIELD_CUSTOM_VALIDATION_EXCEPTION","message":"bad","fields":["CallType"]}]}]""");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("Subject", "Call 3");
        withNull.put("Description", null);
        List<SObject> tasks = List.of(
                SObject.of("Task", Map.of("Subject", "Call 1", "CallObject", "c-1")),
                SObject.of(
                        "Task",
                        Map.of("Subject", "Call 2", "CompletedDateTime", Instant.parse("2026-03-02T10:15:30Z"))),
                SObject.of("Task", withNull));

        List<SaveResult> results = api.createCollection(tasks);

        RecordedRequest request = takeApiRequest(server);
        assertEquals("POST", request.getMethod());
        assertEquals("/services/data/v68.0/composite/sobjects", request.getUrl().encodedPath());
        assertEquals(JSON.readTree("""
        {"allOrNone":false,"records":[
          {"attributes":{"type":"Task"},"Subject":"Call 1","CallObject":"c-1"},
          {"attributes":{"type":"Task"},"Subject":"Call 2","CompletedDateTime":"2026-03-02T10:15:30Z"},
          {"attributes":{"type":"Task"},"Subject":"Call 3","Description":null}]}"""), JSON.readTree(request.getBody().utf8()));
        assertEquals(new SaveResult("00T000000000001AAA", true, List.of()), results.get(0));
        assertFalse(results.get(1).success());
        assertTrue(results.get(1).retryable());
        assertEquals(
                new SaveError("FIELD_CUSTOM_VALIDATION_EXCEPTION", "bad", List.of("CallType")),
                results.get(2).errors().getFirst());
        assertFalse(results.get(2).retryable());
    }

    @Test
    void updateCollection_patchesRecordsByTheirId() throws Exception {
        org.answer(200, "[{\"id\":\"00T000000000001AAA\",\"success\":true,\"errors\":[]}]");

        List<SaveResult> results = api.updateCollection(
                List.of(SObject.of("Task", Map.of("Id", "00T000000000001AAA", "CallDurationInSeconds", 42))));

        RecordedRequest request = takeApiRequest(server);
        assertEquals("PATCH", request.getMethod());
        assertEquals("/services/data/v68.0/composite/sobjects", request.getUrl().encodedPath());
        assertEquals(JSON.readTree("""
        {"allOrNone":false,"records":[{"attributes":{"type":"Task"},"Id":"00T000000000001AAA","CallDurationInSeconds":42}]}"""), JSON.readTree(request.getBody().utf8()));
        assertTrue(results.getFirst().success());
    }

    @Test
    void collections_refuseMoreThan200Records_beforeSendingAnything() {
        List<SObject> tooMany = Collections.nCopies(201, SObject.of("Task", Map.of("Subject", "x")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> api.createCollection(tooMany));
        assertTrue(e.getMessage().contains("200"));
        assertThrows(
                IllegalArgumentException.class,
                () -> api.updateCollection(
                        Collections.nCopies(201, SObject.of("Task", Map.of("Id", "00T000000000001AAA")))));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void collections_take200Records_inOneCall() throws Exception {
        String results = "["
                + String.join(
                        ",", Collections.nCopies(200, "{\"id\":\"00T000000000001AAA\",\"success\":true,\"errors\":[]}"))
                + "]";
        org.answer(200, results);

        assertEquals(
                200,
                api.createCollection(Collections.nCopies(200, SObject.of("Task", Map.of("Subject", "x"))))
                        .size());
        assertEquals(
                200,
                JSON.readTree(takeApiRequest(server).getBody().utf8())
                        .get("records")
                        .size());
    }

    @Test
    void collections_checkIds_forTheOperation() {
        assertThrows(
                IllegalArgumentException.class,
                () -> api.updateCollection(List.of(SObject.of("Task", Map.of("Subject", "x")))));
        assertThrows(
                IllegalArgumentException.class,
                () -> api.createCollection(List.of(SObject.of("Task", Map.of("Id", "00T000000000001AAA")))));
    }

    @Test
    void collections_sendNothing_forAnEmptyList() {
        assertEquals(List.of(), api.createCollection(List.of()));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void composite_sendsSubrequestsWithVersionedUrls_andReturnsEachSubresponse() throws Exception {
        org.answer(200, """
        {"compositeResponse":[
          {"body":{"totalSize":1,"done":true,"records":[{"attributes":{"type":"Contact"},"Id":"003A","Name":"Ada"}]},
           "httpHeaders":{},"httpStatusCode":200,"referenceId":"contacts"},
          {"body":[{"errorCode":"MALFORMED_QUERY","message":"unexpected token"}],"httpHeaders":{},"httpStatusCode":400,"referenceId":"leads"},
          {"body":{"id":"00T000000000001AAA","success":true,"errors":[]},"httpHeaders":{"Location":"/services/data/v68.0/sobjects/Task/00T000000000001AAA"},
           "httpStatusCode":201,"referenceId":"task"}]}""");
        CompositeRequest request = CompositeRequest.of(List.of(
                CompositeSubrequest.query("contacts", "SELECT Id, Name FROM Contact WHERE Phone LIKE '%5550123'"),
                CompositeSubrequest.query("leads", "SELECT Id FROM Lead WHERE"),
                CompositeSubrequest.create("task", "Task", Map.of("Subject", "Call"))));

        CompositeResponse response = api.composite(request);

        RecordedRequest sent = takeApiRequest(server);
        assertEquals("/services/data/v68.0/composite", sent.getUrl().encodedPath());
        assertEquals(JSON.readTree("""
        {"allOrNone":false,"compositeRequest":[
          {"method":"GET","url":"/services/data/v68.0/query?q=SELECT%20Id%2C%20Name%20FROM%20Contact%20WHERE%20Phone%20LIKE%20%27%255550123%27","referenceId":"contacts"},
          {"method":"GET","url":"/services/data/v68.0/query?q=SELECT%20Id%20FROM%20Lead%20WHERE","referenceId":"leads"},
          {"method":"POST","url":"/services/data/v68.0/sobjects/Task","referenceId":"task","body":{"Subject":"Call"}}]}"""), JSON.readTree(sent.getBody().utf8()));
        CompositeSubresponse contacts = response.byReferenceId("contacts").orElseThrow();
        assertEquals(
                List.of("Ada"),
                contacts.records().stream()
                        .map(r -> r.string("Name").orElseThrow())
                        .toList());
        assertEquals(Optional.empty(), contacts.error());
        CompositeSubresponse leads = response.byReferenceId("leads").orElseThrow();
        assertEquals(400, leads.httpStatusCode());
        assertInstanceOf(MalformedQueryException.class, leads.error().orElseThrow());
        assertEquals(List.of(), leads.records());
        CompositeSubresponse task = response.subresponses().get(2);
        assertEquals(Optional.of("00T000000000001AAA"), task.id());
        assertEquals(
                "/services/data/v68.0/sobjects/Task/00T000000000001AAA",
                task.httpHeaders().get("Location"));
    }

    @Test
    void compositeRequest_refusesMoreThan25SubrequestsAndDuplicateReferenceIds() {
        List<CompositeSubrequest> many = java.util.stream.IntStream.range(0, 26)
                .mapToObj(i -> CompositeSubrequest.query("q" + i, "SELECT Id FROM Contact"))
                .toList();
        assertThrows(IllegalArgumentException.class, () -> CompositeRequest.of(many));
        assertThrows(
                IllegalArgumentException.class,
                () -> CompositeRequest.of(List.of(
                        CompositeSubrequest.query("same", "SELECT Id FROM Contact"),
                        CompositeSubrequest.query("same", "SELECT Id FROM Lead"))));
        assertThrows(
                IllegalArgumentException.class, () -> CompositeSubrequest.query("bad-ref", "SELECT Id FROM Contact"));
    }
}
