package io.ctibridge.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.ConnectEvent;
import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both serializers that read events outside a handler in the cold-start children, the naive baseline's default
 * mapper and the runtime's cold copy, read every function's sample event into its events type as the handlers need
 * it, and write the answers as JSON.
 */
class EventSerdeTest {

    private static final Path ROOT = Path.of(System.getProperty("ctibridge.root", "../.."));

    static List<Supplier<EventSerde>> serdes() {
        return List.of(DefaultMapperSerde::new, ColdRuntimeSerde::new);
    }

    @ParameterizedTest
    @MethodSource("serdes")
    void read_givesTheConnectEvent_withItsPascalCaseFields(Supplier<EventSerde> serde) throws IOException {
        ConnectEvent event = serde.get().read(sample(BenchFunction.CALLER_LOOKUP), ConnectEvent.class);
        assertEquals(
                "5ca32fbd-8f92-46af-92a5-6b0f970f0efe",
                event.getDetails().getContactData().getContactId());
        assertEquals(
                "+14155550123",
                event.getDetails().getContactData().getCustomerEndpoint().getAddress());
    }

    @ParameterizedTest
    @MethodSource("serdes")
    void read_givesTheHttpApiEvent_withItsPathAndBearer(Supplier<EventSerde> serde) throws IOException {
        APIGatewayV2HTTPEvent event = serde.get().read(sample(BenchFunction.SCREEN_POP), APIGatewayV2HTTPEvent.class);
        assertEquals(
                "5ca32fbd-8f92-46af-92a5-6b0f970f0efe",
                event.getPathParameters().get("contactId"));
        assertTrue(event.getHeaders().get("authorization").startsWith("Bearer "));
    }

    @ParameterizedTest
    @MethodSource("serdes")
    void read_givesTheKinesisEvent_withItsRecordDecoded_andItsArrivalTime(Supplier<EventSerde> serde)
            throws IOException {
        KinesisEvent event = serde.get().read(sample(BenchFunction.CONTACT_RECORD), KinesisEvent.class);
        KinesisEvent.Record record = event.getRecords().getFirst().getKinesis();
        String contactRecord = StandardCharsets.UTF_8.decode(record.getData()).toString();
        assertTrue(contactRecord.contains("\"ContactId\":\"6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17\""), contactRecord);
        assertEquals(new Date(1_795_964_460_123L), record.getApproximateArrivalTimestamp());
    }

    @ParameterizedTest
    @MethodSource("serdes")
    void read_givesTheEventBridgeEvent_withItsTime_andConnectsDetail(Supplier<EventSerde> serde) throws IOException {
        ScheduledEvent event = serde.get().read(sample(BenchFunction.CONTACT_EVENT), ScheduledEvent.class);
        assertEquals(
                new DateTime(2026, 11, 24, 15, 8, 12, DateTimeZone.UTC).getMillis(),
                event.getTime().getMillis());
        assertEquals("6c1e9a52-0f3b-4d8e-a7c1-53b2e9d04f17", event.getDetail().get("contactId"));
    }

    @ParameterizedTest
    @MethodSource("serdes")
    void write_givesTheAnswersJson_andNullForAVoidHandler(Supplier<EventSerde> serde) throws IOException {
        EventSerde answers = serde.get();
        assertEquals(
                "MULTIPLE",
                EventFiles.parse(new String(
                                answers.write(Map.of("lookupStatus", "MULTIPLE"), mapClass()), StandardCharsets.UTF_8))
                        .path("lookupStatus")
                        .asText());
        assertEquals(
                0,
                EventFiles.parse(new String(
                                answers.write(new StreamsEventResponse(List.of()), StreamsEventResponse.class),
                                StandardCharsets.UTF_8))
                        .path("batchItemFailures")
                        .size());
        assertEquals("null", new String(answers.write(null, Void.class), StandardCharsets.UTF_8));
    }

    private static byte[] sample(BenchFunction function) throws IOException {
        return Files.readAllBytes(ROOT.resolve(function.sampleEvent()));
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, String>> mapClass() {
        return (Class<Map<String, String>>) (Class<?>) Map.class;
    }
}
