package io.ctibridge.core.salesforce.api;

import static io.ctibridge.core.salesforce.api.FakeOrg.takeApiRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.core.salesforce.Sosl;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SalesforceApiQueryTest {

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
    void queryPage_sendsTheSoqlAsQParameter_withTheBearerToken() throws Exception {
        org.answer(200, page(1, true, null, contact("003000000000001AAA", "Ada Lovelace")));

        QueryPage page = api.queryPage("SELECT Id, Name FROM Contact WHERE Phone = '+44 20 7946 0958'");

        RecordedRequest request = takeApiRequest(server);
        assertEquals("GET", request.getMethod());
        assertEquals("/services/data/v68.0/query", request.getUrl().encodedPath());
        assertEquals(
                "SELECT Id, Name FROM Contact WHERE Phone = '+44 20 7946 0958'",
                request.getUrl().queryParameter("q"));
        assertEquals("Bearer token-1", request.getHeaders().get("Authorization"));
        assertEquals(1, page.totalSize());
        assertTrue(page.done());
        assertEquals(Optional.empty(), page.nextRecordsUrl());
        SObject record = page.records().getFirst();
        assertEquals("Contact", record.type());
        assertEquals(Optional.of("003000000000001AAA"), record.id());
        assertEquals(Optional.of("Ada Lovelace"), record.string("Name"));
        assertFalse(record.fields().containsKey("attributes"));
    }

    @Test
    void query_followsNextRecordsUrl_untilTheLastPage() throws Exception {
        org.answer(200, page(5, false, "/services/data/v68.0/query/01gXX-2", contacts(1, 2)))
                .answer(200, page(5, false, "/services/data/v68.0/query/01gXX-4", contacts(3, 4)))
                .answer(200, page(5, true, null, contacts(5, 5)));

        List<SObject> records = api.query("SELECT Id, Name FROM Contact");

        assertEquals(
                List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5"),
                records.stream().map(r -> r.string("Name").orElseThrow()).toList());
        assertEquals(
                "/services/data/v68.0/query", takeApiRequest(server).getUrl().encodedPath());
        RecordedRequest second = takeApiRequest(server);
        assertEquals("/services/data/v68.0/query/01gXX-2", second.getUrl().encodedPath());
        assertEquals("Bearer token-1", second.getHeaders().get("Authorization"));
        assertEquals(
                "/services/data/v68.0/query/01gXX-4",
                takeApiRequest(server).getUrl().encodedPath());
        assertEquals(1, org.tokenRequests.get());
    }

    @Test
    void queryStream_fetchesTheNextPageOnlyWhenItIsReached() throws Exception {
        org.answer(200, page(4, false, "/services/data/v68.0/query/01gXX-2", contacts(1, 2)))
                .answer(200, page(4, true, null, contacts(3, 4)));

        Iterator<SObject> records =
                api.queryStream("SELECT Id, Name FROM Contact").iterator();
        records.next();
        records.next();
        int requestsAfterFirstPage = server.getRequestCount();
        records.next();

        assertEquals(2, requestsAfterFirstPage, "token + first page");
        assertEquals(3, server.getRequestCount());
        assertTrue(records.hasNext());
    }

    @Test
    void withQueryBatchSize_sendsTheQueryOptionsHeader_onEveryPage() throws Exception {
        org.answer(200, page(2, false, "/services/data/v68.0/query/01gXX-1", contacts(1, 1)))
                .answer(200, page(2, true, null, contacts(2, 2)));

        api.withQueryBatchSize(200).query("SELECT Id FROM Contact");

        assertEquals("batchSize=200", takeApiRequest(server).getHeaders().get("Sforce-Query-Options"));
        assertEquals("batchSize=200", takeApiRequest(server).getHeaders().get("Sforce-Query-Options"));
    }

    @Test
    void withQueryBatchSize_rejectsSizesSalesforceDoesNotTake() {
        assertThrows(IllegalArgumentException.class, () -> api.withQueryBatchSize(199));
        assertThrows(IllegalArgumentException.class, () -> api.withQueryBatchSize(2001));
    }

    @Test
    void queryMore_refusesUrlsThatAreNotQueryLocators_soTheTokenStaysOnTheInstance() {
        for (String url : List.of(
                "https://evil.example/services/data/v68.0/query/x",
                "/services/data/v68.0/sobjects/User",
                "/services/data/v68.0/query/../../../x",
                "//evil.example/services/data/v68.0/query/x")) {
            assertThrows(IllegalArgumentException.class, () -> api.queryMore(url), url);
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void search_sendsTheSoslAsQParameter_andReturnsTheSearchRecords() throws Exception {
        org.answer(
                200,
                "{\"searchRecords\":[" + contact("003000000000001AAA", "Ada") + ","
                        + "{\"attributes\":{\"type\":\"Lead\",\"url\":\"/x\"},\"Id\":\"00Q000000000001AAA\",\"Name\":\"Bob\"}]}");
        String sosl = "FIND {" + Sosl.escapeTerm("+1 (415) 555-0123")
                + "} IN PHONE FIELDS RETURNING Contact(Id, Name), Lead(Id, Name)";

        List<SObject> records = api.search(sosl);

        RecordedRequest request = takeApiRequest(server);
        assertEquals("/services/data/v68.0/search", request.getUrl().encodedPath());
        assertEquals(sosl, request.getUrl().queryParameter("q"));
        assertEquals(
                List.of("Contact", "Lead"), records.stream().map(SObject::type).toList());
    }

    @Test
    void parameterizedSearch_postsTheSearchAsJson() throws Exception {
        org.answer(200, "{\"searchRecords\":[" + contact("003000000000001AAA", "Ada") + "]}");
        ParameterizedSearch search = ParameterizedSearch.of(
                        "4155550123",
                        ParameterizedSearch.SearchGroup.PHONE,
                        List.of(
                                ParameterizedSearch.Target.of("Contact", List.of("Id", "Name", "Phone", "AccountId"))
                                        .withLimit(10),
                                ParameterizedSearch.Target.of("Lead", List.of("Id", "Name"))
                                        .withWhere("IsConverted = false")))
                .withOverallLimit(20);

        List<SObject> records = api.parameterizedSearch(search);

        RecordedRequest request = takeApiRequest(server);
        assertEquals("POST", request.getMethod());
        assertEquals(
                "/services/data/v68.0/parameterizedSearch/", request.getUrl().encodedPath());
        assertTrue(request.getHeaders().get("Content-Type").startsWith("application/json"));
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertEquals(JSON.readTree("""
        {"q":"4155550123","in":"PHONE","overallLimit":20,"sobjects":[
          {"name":"Contact","fields":["Id","Name","Phone","AccountId"],"limit":10},
          {"name":"Lead","fields":["Id","Name"],"where":"IsConverted = false"}]}"""), body);
        assertEquals(1, records.size());
    }

    @Test
    void query_readsRelationshipFieldsAsNestedValues() {
        org.answer(200, page(1, true, null, """
        {"attributes":{"type":"Contact"},"Id":"003A","Account":{"attributes":{"type":"Account"},"Name":"Acme","Owner":{"Name":"Grace"}},
         "NumberOfEmployees":12,"DoNotCall":false,"Email":null}"""));

        SObject record = api.query("SELECT Id, Account.Name FROM Contact").getFirst();

        assertEquals(Optional.of("Acme"), record.string("Account.Name"));
        assertEquals(Optional.of("Grace"), record.string("Account.Owner.Name"));
        assertEquals(12, record.get("NumberOfEmployees"));
        assertEquals(false, record.get("DoNotCall"));
        assertEquals(Optional.empty(), record.string("Email"));
        assertEquals(Optional.empty(), record.string("Account.Missing.Name"));
    }

    private static String page(int totalSize, boolean done, String next, String records) {
        return "{\"totalSize\":" + totalSize + ",\"done\":" + done
                + (next == null ? "" : ",\"nextRecordsUrl\":\"" + next + "\"") + ",\"records\":[" + records + "]}";
    }

    private static String contacts(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> contact("003" + "0".repeat(11) + i + "AAA", "Name " + i))
                .collect(Collectors.joining(","));
    }

    private static String contact(String id, String name) {
        return JSON.valueToTree(Map.of(
                        "attributes",
                        Map.of("type", "Contact", "url", "/services/data/v68.0/sobjects/Contact/" + id),
                        "Id",
                        id,
                        "Name",
                        name))
                .toString();
    }
}
