package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local server's call-log routes, end to end: the real handlers against moto and the emulator. */
class LocalRoutesIT {

    private static final Path EVENTS = Path.of("../../events");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LocalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new LocalServer("cli-routes");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void contactRecords_withOneContactRecord_createsItsTask_andAnswersNoFailures() throws Exception {
        ObjectNode ctr = sampleRecord("ctr-inbound-answered.json");

        HttpResponse<String> response = post("/connect/contact-records", ctr.toString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"batchItemFailures\":[]}", response.body());
        var tasks = server.tasks(ctr.path("ContactId").asText());
        assertEquals(1, tasks.size());
        assertEquals("Inbound", tasks.getFirst().get("CallType"));
        assertEquals("CUSTOMER_DISCONNECT", tasks.getFirst().get("CallDisposition"));
        // No lookup ran for it: the call log found the caller itself. Jane and Jim Doe share +1 415 555 0123; the
        // default profile prefers the most recently modified, Jim.
        String jim = server.stack.salesforce().records().all("Contact").stream()
                .filter(contact -> "Jim".equals(contact.get("FirstName")))
                .map(contact -> (String) contact.get("Id"))
                .findFirst()
                .orElseThrow();
        assertEquals(jim, tasks.getFirst().get("WhoId"), "linked as the lookup would have");
    }

    @Test
    void contactRecords_withAnArrayOfRecords_createsOneTaskEach() throws Exception {
        ArrayNode records = JSON.createArrayNode()
                .add(sampleRecord("ctr-inbound-answered.json"))
                .add(sampleRecord("ctr-abandoned.json"));

        HttpResponse<String> response = post("/connect/contact-records", records.toString());

        assertEquals(200, response.statusCode(), response.body());
        for (JsonNode record : records) {
            assertEquals(1, server.tasks(record.path("ContactId").asText()).size(), record.toString());
        }
    }

    @Test
    void contactRecords_withAWholeKinesisEvent_runsItAsLambdaWould() throws Exception {
        Path sample = EVENTS.resolve("kinesis/ctr-outbound.json");
        String contactId = decodedRecord(sample).path("ContactId").asText();

        HttpResponse<String> response = post("/connect/contact-records", Files.readString(sample));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(0, JSON.readTree(response.body()).path("batchItemFailures").size());
        assertEquals(1, server.tasks(contactId).size());
        assertEquals("Outbound", server.tasks(contactId).getFirst().get("CallType"));
    }

    @Test
    void contactRecords_withSomethingElse_is400_andNothingIsLogged() throws Exception {
        assertEquals(400, post("/connect/contact-records", "{not json").statusCode());
        assertEquals(400, post("/connect/contact-records", "[1, 2]").statusCode());
        assertEquals(
                400,
                post("/connect/contact-records", "{\"Records\": [{\"kinesis\": {\"data\": \"%%%\"}}]}")
                        .statusCode());
        assertEquals(
                405,
                HTTP.send(
                                HttpRequest.newBuilder(server.url("/connect/contact-records"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void contactEvents_afterTheContactRecord_leaveExactlyOneTask() throws Exception {
        ObjectNode ctr = sampleRecord("ctr-inbound-answered.json");
        String contactId = ctr.path("ContactId").asText();
        assertEquals(200, post("/connect/contact-records", ctr.toString()).statusCode());

        HttpResponse<String> response =
                post("/connect/contact-events", contactEvent(contactId).toString());

        assertEquals(204, response.statusCode(), response.body());
        assertEquals(1, server.tasks(contactId).size());
    }

    @Test
    void contactEvents_afterAKinesisEventWithTheRecord_leaveExactlyOneTask() throws Exception {
        Path sample = EVENTS.resolve("kinesis/ctr-abandoned.json");
        String contactId = decodedRecord(sample).path("ContactId").asText();
        assertEquals(
                200, post("/connect/contact-records", Files.readString(sample)).statusCode());

        HttpResponse<String> response =
                post("/connect/contact-events", contactEvent(contactId).toString());

        assertEquals(204, response.statusCode(), response.body());
        assertEquals(1, server.tasks(contactId).size());
    }

    @Test
    void contactEvents_forAContactNeverPosted_failLikeLambda_becauseConnectDoesNotKnowIt() throws Exception {
        String contactId = UUID.randomUUID().toString();

        HttpResponse<String> response =
                post("/connect/contact-events", contactEvent(contactId).toString());

        assertEquals(500, response.statusCode(), response.body());
        JsonNode error = JSON.readTree(response.body());
        assertEquals(
                "io.ctibridge.function.contactevent.CallNotLoggedException",
                error.path("errorType").asText());
        assertTrue(error.path("errorMessage").asText().contains(contactId), response.body());
        assertEquals(0, server.tasks(contactId).size());
    }

    @Test
    void contactAnalysis_forAFileThatIsNoAnalysis_answersItsOutcome_likeTheHandlerReturnsIt() throws Exception {
        HttpResponse<String> response =
                post("/connect/contact-analysis", Files.readString(EVENTS.resolve("s3/recording-object-created.json")));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                JSON.readTree(response.body()).path("outcome").asText().contains("result=DEAD_LETTERED"),
                response.body());
    }

    @Test
    void eventBridgeRoutes_withSomethingElse_are400_andAGetIs405_namingTheEventTheyTake() throws Exception {
        for (String route : new String[] {"/connect/contact-analysis", "/connect/contact-events"}) {
            HttpResponse<String> notJson = post(route, "{not json");
            assertEquals(400, notJson.statusCode(), route);
            assertTrue(
                    JSON.readTree(notJson.body()).path("error").asText().startsWith("not an EventBridge event: "),
                    route + " " + notJson.body());

            HttpResponse<String> get = HTTP.send(
                    HttpRequest.newBuilder(server.url(route)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, get.statusCode(), route);
            assertTrue(
                    JSON.readTree(get.body()).path("error").asText().contains("an EventBridge"),
                    route + " " + get.body());
        }
    }

    @Test
    void tasksRoute_readsTheTaskBackThroughTheSalesforceApi() throws Exception {
        ObjectNode ctr = sampleRecord("ctr-inbound-answered.json");
        String contactId = ctr.path("ContactId").asText();
        post("/connect/contact-records", ctr.toString());

        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(server.url("/local/tasks?callObject=" + contactId))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode records = JSON.readTree(response.body()).path("records");
        assertEquals(1, records.size());
        assertEquals(
                server.tasks(contactId).getFirst().get("Id"),
                records.get(0).path("Id").asText());
        assertEquals(
                400,
                HTTP.send(
                                HttpRequest.newBuilder(server.url("/local/tasks"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    /** A sample's contact record under a new ContactId, so that each test logs a contact of its own. */
    private static ObjectNode sampleRecord(String sample) throws Exception {
        ObjectNode record = (ObjectNode) decodedRecord(EVENTS.resolve("kinesis").resolve(sample));
        return record.put("ContactId", UUID.randomUUID().toString());
    }

    private static JsonNode decodedRecord(Path kinesisEvent) throws Exception {
        String data = JSON.readTree(kinesisEvent.toFile())
                .path("Records")
                .get(0)
                .path("kinesis")
                .path("data")
                .asText();
        return JSON.readTree(Base64.getDecoder().decode(data));
    }

    private static ObjectNode contactEvent(String contactId) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(
                EVENTS.resolve("eventbridge/contact-disconnected-voice.json").toFile());
        event.put("id", UUID.randomUUID().toString());
        ((ObjectNode) event.path("detail")).put("contactId", contactId);
        return event;
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(server.url(path))
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
