package io.ctibridge.core.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The codec reads and writes what the Java runtime would for a {@code RequestHandler} of the same types. */
class LambdaEventCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsConnectsPascalCaseEvent_intoTheEventsLibrarysType() throws Exception {
        LambdaEventCodec<ConnectEvent, Map<String, String>> codec = LambdaEventCodec.of(ConnectEvent.class, Map.class);

        ConnectEvent event = codec.read(stream("""
                {"Details": {"ContactData": {"ContactId": "c-1", "InstanceARN": "arn:aws:connect:x",
                  "CustomerEndpoint": {"Address": "+14155550123", "Type": "TELEPHONE_NUMBER"}},
                  "Parameters": {"profile": "uk"}}, "Name": "ContactFlowEvent"}"""));

        assertEquals("c-1", event.getDetails().getContactData().getContactId());
        assertEquals("arn:aws:connect:x", event.getDetails().getContactData().getInstanceArn());
        assertEquals(
                "+14155550123",
                event.getDetails().getContactData().getCustomerEndpoint().getAddress());
        assertEquals("uk", event.getDetails().getParameters().get("profile"));
    }

    @Test
    void readsEventBridgesDetailType_andKinesisBase64Data() throws Exception {
        ScheduledEvent scheduled =
                LambdaEventCodec.of(ScheduledEvent.class, Void.class).read(stream("""
                {"version": "0", "id": "e-1", "detail-type": "Amazon Connect Contact Event", "source": "aws.connect",
                 "time": "2026-11-24T15:08:12Z", "detail": {"contactId": "c-1"}}"""));
        KinesisEvent kinesis =
                LambdaEventCodec.of(KinesisEvent.class, Object.class).read(stream("""
                {"Records": [{"kinesis": {"data": "eyJDb250YWN0SWQiOiJjLTEifQ==", "sequenceNumber": "1"},
                  "eventID": "shardId-000000000000:1"}]}"""));

        assertEquals("Amazon Connect Contact Event", scheduled.getDetailType());
        assertEquals("c-1", scheduled.getDetail().get("contactId"));
        assertEquals(
                "{\"ContactId\":\"c-1\"}",
                StandardCharsets.UTF_8
                        .decode(kinesis.getRecords().getFirst().getKinesis().getData())
                        .toString());
    }

    @Test
    void writesAFlowAnswer_asAFlatJsonObject_andAnHttpResponse_asApiGatewayReadsIt() throws Exception {
        Map<String, String> flow = new LinkedHashMap<>();
        flow.put("lookupStatus", "MATCH");
        flow.put("recordId", "003");
        APIGatewayV2HTTPResponse http = APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withHeaders(Map.of("Cache-Control", "no-store"))
                .withBody("{}")
                .withIsBase64Encoded(false)
                .build();

        assertEquals(
                "{\"lookupStatus\":\"MATCH\",\"recordId\":\"003\"}",
                written(LambdaEventCodec.<ConnectEvent, Map<String, String>>of(ConnectEvent.class, Map.class), flow));
        JsonNode response = JSON.readTree(written(
                LambdaEventCodec.<ConnectEvent, APIGatewayV2HTTPResponse>of(
                        ConnectEvent.class, APIGatewayV2HTTPResponse.class),
                http));
        assertEquals(200, response.get("statusCode").asInt());
        assertEquals("no-store", response.get("headers").get("Cache-Control").asText());
        assertEquals("{}", response.get("body").asText());
        assertFalse(response.get("isBase64Encoded").asBoolean());
    }

    @Test
    void writesNoAnswer_asJsonNull_andReadsJsonNull_asNoEvent() throws Exception {
        LambdaEventCodec<ScheduledEvent, Void> codec = LambdaEventCodec.of(ScheduledEvent.class, Void.class);

        assertEquals("null", written(codec, null));
        assertNull(codec.read(stream("null")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json +14155550123",
                "[1, 2]",
                "{\"Details\": \"+14155550123\"}",
                "{\"Details\": {\"ContactData\": {\"ContactId\": +14155550123}}}",
                "{\"Details\": {"
            })
    void unreadableBytes_areATypedFailure_whoseMessageQuotesNothingOfTheEvent(String junk) {
        LambdaEventCodec<ConnectEvent, Map<String, String>> codec = LambdaEventCodec.of(ConnectEvent.class, Map.class);

        LambdaEventCodec.UnreadableEventException failure =
                assertThrows(LambdaEventCodec.UnreadableEventException.class, () -> codec.read(stream(junk)));

        assertTrue(failure.getMessage().startsWith("not a readable ConnectEvent ("), failure.getMessage());
        assertFalse(failure.getMessage().contains("4155550123"), failure.getMessage());
    }

    @Test
    void readOrFailInvocation_turnsAnUnreadableEvent_intoAFailedInvocation() throws Exception {
        LambdaEventCodec<KinesisEvent, Object> codec = LambdaEventCodec.of(KinesisEvent.class, Object.class);

        IllegalArgumentException failure = assertThrows(
                IllegalArgumentException.class, () -> codec.readOrFailInvocation(stream("{\"Records\": 5}")));

        assertEquals("not a readable KinesisEvent (MismatchedInputException)", failure.getMessage());
        assertEquals(
                1,
                codec.readOrFailInvocation(stream("{\"Records\": [{\"eventID\": \"e\"}]}"))
                        .getRecords()
                        .size());
    }

    @Test
    void prime_readsTheResourceAndWritesTheAnswer_andGivesBackTheEvent() {
        LambdaEventCodec<ConnectEvent, Map<String, String>> codec = LambdaEventCodec.of(ConnectEvent.class, Map.class);

        ConnectEvent primed =
                codec.prime(LambdaEventCodecTest.class, "codec-test-event.json", Map.of("lookupStatus", "NONE"), 3);

        assertEquals(
                "00000000-0000-4000-8000-00000000beef",
                primed.getDetails().getContactData().getContactId());
    }

    @Test
    void prime_failsLoudly_whenTheResourceIsMissingOrUnreadable() {
        LambdaEventCodec<ConnectEvent, Map<String, String>> codec = LambdaEventCodec.of(ConnectEvent.class, Map.class);

        assertThrows(
                IllegalStateException.class,
                () -> codec.prime(LambdaEventCodecTest.class, "missing.json", Map.of(), 1));
        assertThrows(
                IllegalStateException.class,
                () -> codec.prime(LambdaEventCodecTest.class, "codec-test-truncated.json", Map.of(), 1));
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static <O> String written(LambdaEventCodec<?, O> codec, O answer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.write(answer, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
