package io.ctibridge.cli.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctibridge.cli.common.OperationFailedException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** The deployed path on the wire: Lambda's Invoke API and the pop API, both played by a mock server. */
class DeployedPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOOKUP = "arn:aws:lambda:eu-west-1:123456789012:function:ctibridge-CallerLookup:live";
    private static final String CONTACT_RECORDS = "ctibridge-ContactRecordFunction:live";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private LambdaClient lambda;
    private DeployedPath path;
    private final SimulatedCall call = SimulatedCall.now(
            "+13035550142",
            "+18005550100",
            Optional.of("ava.agent"),
            SimulatedCall.Outcome.ANSWERED,
            Duration.ofSeconds(42));

    @BeforeEach
    void setUp() {
        lambda = LambdaClient.builder()
                .endpointOverride(server.url("/").uri())
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("id", "secret")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        path = new DeployedPath(
                lambda, LOOKUP, CONTACT_RECORDS, server.url("/prod/").uri());
    }

    @AfterEach
    void tearDown() {
        lambda.close();
    }

    @Test
    void lookup_invokesTheFunctionSynchronouslyWithTheContactFlowEvent_andReturnsItsAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"lookupStatus\":\"MATCH\",\"popToken\":\"t\"}")
                .build());

        JsonNode answer = path.lookup(ConnectEvents.contactFlowEvent(call));

        assertEquals("MATCH", answer.path("lookupStatus").asText());
        RecordedRequest request = server.takeRequest();
        assertEquals("POST", request.getMethod());
        assertTrue(
                request.getUrl().encodedPath().startsWith("/2015-03-31/functions/"),
                request.getUrl().toString());
        assertTrue(
                request.getUrl().encodedPath().endsWith("/invocations"),
                request.getUrl().toString());
        assertEquals("RequestResponse", request.getHeaders().get("X-Amz-Invocation-Type"));
        JsonNode event = JSON.readTree(request.getBody().utf8());
        assertEquals(
                call.contactId(),
                event.path("Details").path("ContactData").path("ContactId").asText());
    }

    @Test
    void logContactRecord_sendsTheKinesisEventTheStreamWouldSend() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"batchItemFailures\":[]}")
                .build());

        JsonNode answer = path.logContactRecord(ConnectEvents.contactRecord(call));

        assertEquals(0, answer.path("batchItemFailures").size());
        JsonNode record = JSON.readTree(server.takeRequest().getBody().utf8())
                .path("Records")
                .get(0);
        assertEquals("aws:kinesis", record.path("eventSource").asText());
        assertEquals(
                call.contactId(), record.path("kinesis").path("partitionKey").asText());
        JsonNode ctr = JSON.readTree(
                Base64.getDecoder().decode(record.path("kinesis").path("data").asText()));
        assertEquals(call.contactId(), ctr.path("ContactId").asText());
        assertEquals("ava.agent", ctr.path("Agent").path("Username").asText());
    }

    @Test
    void aFunctionError_isOneOperationFailure_withLambdasMessage() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("X-Amz-Function-Error", "Unhandled")
                .body("{\"errorMessage\":\"Task timed out after 10.00 seconds\",\"errorType\":\"Timeout\"}")
                .build());

        OperationFailedException error =
                assertThrows(OperationFailedException.class, () -> path.lookup(ConnectEvents.contactFlowEvent(call)));

        assertTrue(error.getMessage().contains("Task timed out after 10.00 seconds"), error.getMessage());
        assertTrue(error.getMessage().startsWith(LOOKUP), error.getMessage());
    }

    @Test
    void pop_getsThePopApiWithTheTokenAsBearer() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"lookupStatus\":\"MATCH\"}")
                .build());

        CallPath.HttpAnswer answer = path.pop(call.contactId(), "the-token");

        assertEquals(200, answer.status());
        RecordedRequest request = server.takeRequest();
        assertEquals("/prod/v1/pops/" + call.contactId(), request.getUrl().encodedPath());
        assertEquals("Bearer the-token", request.getHeaders().get("Authorization"));
    }
}
